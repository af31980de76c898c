package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestPercentileNearestRank(t *testing.T) {
	var sorted []time.Duration
	for i := 1; i <= 100; i++ {
		sorted = append(sorted, time.Duration(i)*time.Millisecond)
	}
	for _, c := range []struct {
		p    float64
		want time.Duration
	}{{50, 50 * time.Millisecond}, {99, 99 * time.Millisecond}, {100, 100 * time.Millisecond}, {0.1, time.Millisecond}} {
		if got := percentile(sorted, c.p); got != c.want {
			t.Errorf("p%v of 1..100 ms = %v, want %v", c.p, got, c.want)
		}
	}
	// Few values: p99 of ten is the largest, p50 the fifth.
	ten := sorted[:10]
	if got := percentile(ten, 99); got != 10*time.Millisecond {
		t.Errorf("p99 of 1..10 ms = %v, want 10ms", got)
	}
	if got := percentile(ten, 50); got != 5*time.Millisecond {
		t.Errorf("p50 of 1..10 ms = %v, want 5ms", got)
	}
	if got := percentile(sorted[:1], 50); got != time.Millisecond {
		t.Errorf("p50 of one value = %v, want it", got)
	}
	if got := percentile(nil, 99); got != 0 {
		t.Errorf("p99 of nothing = %v, want 0", got)
	}
}

func TestSummarizeSortsAndCounts(t *testing.T) {
	// Unsorted input, as workers append it; one slow outlier in 100.
	var lat []time.Duration
	for i := 0; i < 99; i++ {
		lat = append(lat, time.Duration(10+i%3)*time.Millisecond)
	}
	lat = append([]time.Duration{900 * time.Millisecond}, lat...)
	r := summarize(lat, 2, "boom", 50)
	if r.Requests != 100 || r.Errors != 2 || r.FirstError != "boom" || r.PerSecond != 50 {
		t.Errorf("counts: %+v", r)
	}
	if r.P50ms != 11 || r.P99ms != 12 {
		t.Errorf("p50 %v p99 %v, want 11 and 12 (the outlier is the 100th percentile)", r.P50ms, r.P99ms)
	}
	if lat[0] != 900*time.Millisecond {
		t.Error("summarize reordered its caller's slice")
	}
}

// Two clients: one answered 10 in 1 s, the other (still waiting on a slow
// answer at the end) 4 in 2 s: 10 + 2 = 12 requests per second, not 14 / 2 s.
func TestThroughputSumsClientRates(t *testing.T) {
	got := throughput([]int{10, 4}, []time.Duration{time.Second, 2 * time.Second})
	if got != 12 {
		t.Errorf("throughput = %v, want 12", got)
	}
	if got := throughput([]int{0, 3}, []time.Duration{0, time.Second}); got != 3 {
		t.Errorf("a client that never ran counts: %v, want 3", got)
	}
}

func TestCheckResponse(t *testing.T) {
	for _, c := range []struct {
		name    string
		status  int
		body    string
		wantErr string // "" for success
	}{
		{"data", 200, `{"data":{"search":[]}}`, ""},
		{"errors beside data", 200, `{"errors":[{"message":"organization \"x\" not found","extensions":{"code":"NOT_FOUND"}}],"data":{"partners":null}}`, `NOT_FOUND: organization "x" not found`},
		{"errors without code", 200, `{"errors":[{"message":"a"},{"message":"b"}],"data":null}`, "2 GraphQL error(s), first: a"},
		{"empty errors array", 200, `{"errors":[],"data":{"x":1}}`, ""},
		{"no data", 200, `{"data":null}`, "no data"},
		{"not JSON", 200, `<html>`, "not a GraphQL response"},
		{"HTTP status", 503, `{"status":"degraded"}`, "HTTP 503"},
		{"HTTP status with GraphQL body", 400, `{"errors":[{"message":"bad"}]}`, "HTTP 400"},
	} {
		err := checkResponse(c.status, []byte(c.body))
		switch {
		case c.wantErr == "" && err != nil:
			t.Errorf("%s: unexpected error %v", c.name, err)
		case c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)):
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.wantErr)
		}
	}
}

func TestParseStatus(t *testing.T) {
	status := "Name:\tcoalition\nVmPeak:\t 1300000 kB\nVmHWM:\t  140996 kB\nVmRSS:\t   35840 kB\nThreads:\t12\n"
	rss, peak, err := parseStatus(status)
	if err != nil || rss != 35840 || peak != 140996 {
		t.Errorf("parseStatus = %d, %d, %v; want 35840, 140996", rss, peak, err)
	}
	if _, _, err := parseStatus("Name:\tkthreadd\nThreads:\t1\n"); err == nil {
		t.Error("a status without VmRSS parsed")
	}
	if _, _, err := parseStatus("VmRSS:\t12 MB\nVmHWM:\t13 kB\n"); err == nil {
		t.Error("a unit other than kB parsed")
	}
}

func TestPickHelpers(t *testing.T) {
	if got := searchWord("The Council for Global Equality"); got != "equality" {
		t.Errorf("searchWord = %q, want the longest word, lower case", got)
	}
	if got := searchWord("Iraq & Afghanistan Veterans"); got != "afghanistan" {
		t.Errorf("searchWord = %q", got)
	}
	if from, to := middleYears(2000, 2024); from != 2006 || to != 2018 {
		t.Errorf("middleYears(2000, 2024) = %d..%d, want 2006..2018", from, to)
	}
	if from, to := middleYears(2019, 2019); from != 2019 || to != 2019 {
		t.Errorf("middleYears of one year = %d..%d", from, to)
	}
	if from, to := middleYears(0, 0); from != 1000 || to != 9999 {
		t.Errorf("middleYears without dates = %d..%d, want every year", from, to)
	}
}

func TestSelectQueries(t *testing.T) {
	all, err := selectQueries("all")
	if err != nil || len(all) != 8 {
		t.Fatalf("all: %d queries, %v", len(all), err)
	}
	for _, q := range all {
		if q.ours == "" || (q.neo4jGraphQL == "" && q.name != "communities") || q.floor == nil || q.vars == nil {
			t.Errorf("%s: a target has nothing to run", q.name)
		}
	}
	two, err := selectQueries("page, search")
	if err != nil || len(two) != 2 || two[0].name != "page" || two[1].name != "search" {
		t.Errorf("page, search: %v %v", two, err)
	}
	if _, err := selectQueries("page,nope"); err == nil {
		t.Error("an unknown query was accepted")
	}
}

func TestTableRatios(t *testing.T) {
	rep := &Report{Targets: []string{targetOurs, targetNeo4jGraphQL, targetDriver}, Results: []Result{
		{Target: targetOurs, Query: "page", Concurrency: 16, Requests: 10, P50ms: 22, P99ms: 40, PerSecond: 300},
		{Target: targetNeo4jGraphQL, Query: "page", Concurrency: 16, Requests: 10, P50ms: 80, P99ms: 90, PerSecond: 100},
		{Target: targetDriver, Query: "page", Concurrency: 16, Requests: 10, P50ms: 20, P99ms: 30, PerSecond: 400, Errors: 1, FirstError: "x"},
	}}
	var b bytes.Buffer
	printTable(&b, rep)
	out := b.String()
	for _, want := range []string{"1.10×", "3.00×", "errors: driver page c=16: 1 of 10 requests; first: x"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestTimedOut(t *testing.T) {
	for err, want := range map[string]bool{
		`Post "http://127.0.0.1/graphql": context deadline exceeded`:                                                       true,
		"1 GraphQL error(s), first: INTERNAL_SERVER_ERROR: The transaction has not completed within the timeout specified": true,
		`HTTP 503: {"errors":[{"extensions":{"code":"UNAVAILABLE"}}]}`:                                                     true,
		"1 GraphQL error(s), first: BAD_REQUEST: Cannot query field":                                                       false,
		"no data in the response": false,
	} {
		if got := timedOut(err); got != want {
			t.Errorf("timedOut(%q) = %v; want %v", err, got, want)
		}
	}
}

func TestReportErrorsAreOursAndTheFloors(t *testing.T) {
	rep := &Report{Results: []Result{
		{Target: targetOurs, Errors: 1},
		{Target: targetDriver, Errors: 2},
		{Target: targetNeo4jGraphQL, Errors: 16},
	}}
	if got := rep.errors(); got != 3 {
		t.Errorf("errors() = %d; want 3 (ours and the driver's, not @neo4j/graphql's)", got)
	}
}
