package main

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

// percentile returns the p-th percentile (0 < p <= 100) of sorted by the
// nearest-rank method: the smallest value with at least p % of the values at
// or below it. It is 0 for no values.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	return sorted[min(max(rank, 1), len(sorted))-1]
}

// Result is what one run measured for one query against one target.
type Result struct {
	Target      string  `json:"target"`
	Query       string  `json:"query"`
	Concurrency int     `json:"concurrency"`
	Requests    int     `json:"requests"`
	Errors      int     `json:"errors"`
	FirstError  string  `json:"firstError,omitempty"`
	P50ms       float64 `json:"p50_ms"`
	P99ms       float64 `json:"p99_ms"`
	PerSecond   float64 `json:"req_per_s"`
	Seconds     float64 `json:"seconds"`
}

// summarize turns the latencies of a run's requests (errored ones included)
// and their throughput into a Result.
func summarize(latencies []time.Duration, errors int, firstError string, perSecond float64) Result {
	sorted := slices.Clone(latencies)
	slices.Sort(sorted)
	return Result{Requests: len(sorted), Errors: errors, FirstError: firstError, PerSecond: perSecond,
		P50ms: ms(percentile(sorted, 50)), P99ms: ms(percentile(sorted, 99))}
}

// throughput is the sum of the clients' rates: client w answered counts[w]
// requests in active[w].
func throughput(counts []int, active []time.Duration) float64 {
	total := 0.0
	for w, n := range counts {
		if active[w] > 0 {
			total += float64(n) / active[w].Seconds()
		}
	}
	return total
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// checkResponse says whether a GraphQL response succeeded: status 200, a JSON
// body with data, and no errors array. The error carries the first message
// (and its code) so a report can say what went wrong.
func checkResponse(status int, body []byte) error {
	if status != 200 {
		return fmt.Errorf("HTTP %d: %s", status, clip(string(body), 200))
	}
	var resp struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message    string `json:"message"`
			Extensions struct {
				Code string `json:"code"`
			} `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(body, &resp); err != nil {
		return fmt.Errorf("not a GraphQL response: %v", err)
	}
	if len(resp.Errors) > 0 {
		e := resp.Errors[0]
		msg := e.Message
		if e.Extensions.Code != "" {
			msg = e.Extensions.Code + ": " + msg
		}
		return fmt.Errorf("%d GraphQL error(s), first: %s", len(resp.Errors), clip(msg, 200))
	}
	if len(resp.Data) == 0 || string(resp.Data) == "null" {
		return fmt.Errorf("no data in the response")
	}
	return nil
}

func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
