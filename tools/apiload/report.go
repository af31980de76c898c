package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
)

// Report is everything one apiload invocation measured (the -json output).
type Report struct {
	Args    Args        `json:"args"`
	Targets []string    `json:"targets"`
	Results []Result    `json:"results"`
	Memory  *MemoryInfo `json:"memory,omitempty"`
}

// MemoryInfo is the -pid process's memory over the run.
type MemoryInfo struct {
	PID     int         `json:"pid"`
	Command string      `json:"command"`
	Samples []MemSample `json:"samples"`
	Error   string      `json:"error,omitempty"`
}

// errors counts the requests that failed, over all results.
// errors counts the failed requests of ours and the driver floor. Those of
// @neo4j/graphql are its results (at M its pairs and page run out of time),
// reported in the table, not a failure of the run.
func (r *Report) errors() int {
	n := 0
	for _, res := range r.Results {
		if res.Target != targetNeo4jGraphQL {
			n += res.Errors
		}
	}
	return n
}

// printTable writes one row per query and concurrency with each target's
// p50, p99 and throughput side by side, and the ratios the targets allow:
// ours/driver p50 (GraphQL and HTTP over the bare Store calls) and
// ours/neo4j-graphql throughput.
func printTable(w io.Writer, rep *Report) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	has := map[string]bool{}
	header := []string{"query", "c"}
	for _, t := range rep.Targets {
		has[t] = true
		header = append(header, t+" p50 ms", "p99 ms", "req/s")
	}
	ratioDriver := has[targetOurs] && has[targetDriver]
	ratioNeo := has[targetOurs] && has[targetNeo4jGraphQL]
	if ratioDriver {
		header = append(header, "ours/driver p50")
	}
	if ratioNeo {
		header = append(header, "ours/neo4j-graphql req/s")
	}
	header = append(header, "errors")
	fmt.Fprintln(tw, strings.Join(header, "\t")+"\t")

	type key struct {
		query string
		c     int
	}
	var order []key
	cells := map[key]map[string]Result{}
	for _, r := range rep.Results {
		k := key{r.Query, r.Concurrency}
		if cells[k] == nil {
			cells[k] = map[string]Result{}
			order = append(order, k)
		}
		cells[k][r.Target] = r
	}
	for _, k := range order {
		row := []string{k.query, strconv.Itoa(k.c)}
		errs := 0
		for _, t := range rep.Targets {
			r, ok := cells[k][t]
			if !ok {
				row = append(row, "-", "-", "-")
				continue
			}
			errs += r.Errors
			row = append(row, num(r.P50ms), num(r.P99ms), num(r.PerSecond))
		}
		ours, hasOurs := cells[k][targetOurs]
		if ratioDriver {
			row = append(row, ratio(ours.P50ms, cells[k][targetDriver].P50ms, hasOurs))
		}
		if ratioNeo {
			row = append(row, ratio(ours.PerSecond, cells[k][targetNeo4jGraphQL].PerSecond, hasOurs))
		}
		row = append(row, strconv.Itoa(errs))
		fmt.Fprintln(tw, strings.Join(row, "\t")+"\t")
	}
	tw.Flush()
	for _, r := range rep.Results {
		if r.Errors > 0 && r.Query != "all" { // a mix's row repeats its queries' errors
			fmt.Fprintf(w, "errors: %s %s c=%d: %d of %d requests; first: %s\n",
				r.Target, r.Query, r.Concurrency, r.Errors, r.Requests, r.FirstError)
		}
	}
}

// num prints a figure with three significant digits or so.
func num(v float64) string {
	switch {
	case v >= 100:
		return strconv.FormatFloat(v, 'f', 0, 64)
	case v >= 10:
		return strconv.FormatFloat(v, 'f', 1, 64)
	default:
		return strconv.FormatFloat(v, 'f', 2, 64)
	}
}

func ratio(a, b float64, ok bool) string {
	if !ok || b == 0 {
		return "-"
	}
	return strconv.FormatFloat(a/b, 'f', 2, 64) + "×"
}

// printMemory writes the sampled memory series, the peak, and how RSS moved
// from the end of the warm-up to the end of the run.
func printMemory(w io.Writer, m *MemoryInfo) {
	if m.Error != "" {
		fmt.Fprintf(w, "memory of pid %d: %s\n", m.PID, m.Error)
	}
	if len(m.Samples) == 0 {
		return
	}
	var peak int64
	var warm, last MemSample
	for _, s := range m.Samples {
		peak = max(peak, s.PeakKiB)
		if s.Note == "after warm-up" && warm.Note == "" {
			warm = s
		}
		last = s
	}
	fmt.Fprintf(w, "memory of pid %d (%s): peak RSS (VmHWM) %.1f MiB\n", m.PID, m.Command, mib(peak))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "t s\tRSS MiB\tpeak MiB\t")
	// About twenty rows, whatever the run's length; noted samples always.
	every := (len(m.Samples) + 19) / 20
	for i, s := range m.Samples {
		if s.Note != "" || i%every == 0 {
			fmt.Fprintf(tw, "%.0f\t%.1f\t%.1f\t  %s\n", s.Seconds, mib(s.RSSKiB), mib(s.PeakKiB), s.Note)
		}
	}
	tw.Flush()
	if warm.RSSKiB > 0 {
		fmt.Fprintf(w, "RSS after warm-up %.1f MiB, at the end %.1f MiB (%+.1f %%)\n",
			mib(warm.RSSKiB), mib(last.RSSKiB), 100*float64(last.RSSKiB-warm.RSSKiB)/float64(warm.RSSKiB))
	}
}

func mib(kib int64) float64 { return float64(kib) / 1024 }

// command names a process by /proc/PID/comm.
func command(pid int) string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/comm", pid))
	if err != nil {
		return "?"
	}
	return strings.TrimSpace(string(b))
}
