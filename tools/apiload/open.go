package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"github.com/coalition-graph/coalition/graph"
	"io"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
)

// The open-loop load test (-open, make loadtest). Requests arrive at a fixed
// rate whatever the answers, as users' requests do, so an overloaded server
// cannot slow its clients down and hide its queue (a closed loop of n
// clients measures the length of its own queue). It runs three phases:
//
//  1. capacity: the mix at rising rates, -step each, to the highest rate
//     whose p99 is under -p99 with nothing refused or failed (a rate that
//     fails is tried once more before it counts as past capacity);
//  2. 70 % of that for -d: no request refused or failed, p99 under -p99,
//     the server's RSS flat (the mean of its last third within 10 % of the
//     first third's);
//  3. 150 % of it for -d: every refused request refused within -refuse-within
//     with 503 and Retry-After, no admitted request failed or timed out, RSS
//     flat; then -recover at 70 %, whose requests sent from -recovery-in
//     after the burst on have p99 under -p99 again.
//
// A request is refused when it gets 503 with Retry-After and
// extensions.code UNAVAILABLE ("the server is busy"); it failed when it got
// anything else that is not a whole answer; it timed out when the server
// answered that it took too long, or the client's -timeout ran out.

type openConfig struct {
	startRate    float64
	maxRate      float64
	step         time.Duration
	p99          time.Duration
	refuseWithin time.Duration
	recover      time.Duration
	recoveryIn   time.Duration
	settle       time.Duration
	fixedRate    float64 // skip the search: use this as the capacity
}

// outcome of one request.
type outcome int

const (
	outcomeOK outcome = iota
	outcomeRefused
	outcomeFailed
	outcomeTimedOut
)

// sample is one request of an open-loop phase.
type sample struct {
	sent    time.Duration // since the phase began
	latency time.Duration
	outcome outcome
	query   string
	detail  string // why it failed or was refused without Retry-After
	retry   bool   // a refusal carried Retry-After
}

// Phase is what one open-loop phase measured.
type Phase struct {
	Name           string  `json:"name"`
	Rate           float64 `json:"rate"` // requests sent per second
	Seconds        float64 `json:"seconds"`
	Sent           int     `json:"sent"`
	OK             int     `json:"ok"`
	Refused        int     `json:"refused"`
	Failed         int     `json:"failed"`
	TimedOut       int     `json:"timed_out"`
	P50ms          float64 `json:"p50_ms"`         // of the admitted requests
	P99ms          float64 `json:"p99_ms"`         // of the admitted requests
	RefusedMaxMs   float64 `json:"refused_max_ms"` // slowest refusal
	RefusedP50ms   float64 `json:"refused_p50_ms"`
	RefusedP99ms   float64 `json:"refused_p99_ms"`
	RefusedNoRetry int     `json:"refused_without_retry_after"`
	PageOK         int     `json:"page_ok"`
	PageRefused    int     `json:"page_refused"`
	FirstError     string  `json:"first_error,omitempty"`
	RSSFirstMiB    float64 `json:"rss_first_third_mib,omitempty"`
	RSSLastMiB     float64 `json:"rss_last_third_mib,omitempty"`
	PeakMiB        float64 `json:"peak_mib,omitempty"`
	// Recovery only: p99 of the requests sent from recoveryIn on, and the
	// second from which every later second's p99 stayed under the limit.
	AfterP99ms     float64 `json:"after_p99_ms,omitempty"`
	RecoveredAfter float64 `json:"recovered_after_s,omitempty"`
	samples        []sample
}

// OpenReport is the -open run's phases and verdicts.
type OpenReport struct {
	Args     Args     `json:"args"`
	Capacity float64  `json:"capacity"`
	Phases   []*Phase `json:"phases"`
	Checks   []Check  `json:"checks"`
}

// Check is one criterion and whether it held.
type Check struct {
	What string `json:"what"`
	Got  string `json:"got"`
	OK   bool   `json:"ok"`
}

func (r *OpenReport) failed() int {
	n := 0
	for _, c := range r.Checks {
		if !c.OK {
			n++
		}
	}
	return n
}

// openTarget sends the mix's queries to ours and classifies the answers.
type openTarget struct {
	client *http.Client
	url    string
	bodies map[string][]byte
}

func (t *openTarget) do(ctx context.Context, name string, timeout time.Duration) sample {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	s := sample{query: name}
	began := time.Now()
	defer func() { s.latency = time.Since(began) }()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, t.url, bytes.NewReader(t.bodies[name]))
	if err != nil {
		return sample{query: name, outcome: outcomeFailed, detail: err.Error(), latency: time.Since(began)}
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := t.client.Do(req)
	if err != nil {
		o := outcomeFailed
		if ctx.Err() != nil {
			o = outcomeTimedOut
		}
		return sample{query: name, outcome: o, detail: err.Error(), latency: time.Since(began)}
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	s = classify(resp.StatusCode, resp.Header.Get("Retry-After"), body, err)
	s.query, s.latency = name, time.Since(began)
	return s
}

// classify sorts an answer into ok, refused (for load), timed out or failed.
func classify(status int, retryAfter string, body []byte, readErr error) sample {
	if readErr != nil {
		return sample{outcome: outcomeFailed, detail: readErr.Error()}
	}
	err := checkResponse(status, body)
	if err == nil {
		return sample{outcome: outcomeOK}
	}
	msg := err.Error()
	switch {
	case status == http.StatusServiceUnavailable && strings.Contains(msg, "UNAVAILABLE") && strings.Contains(msg, "busy"):
		return sample{outcome: outcomeRefused, retry: retryAfter != "", detail: msg}
	case strings.Contains(msg, "took too long"):
		return sample{outcome: outcomeTimedOut, detail: msg}
	default:
		return sample{outcome: outcomeFailed, detail: msg}
	}
}

// openPhase sends the mix at rate for d, one request every 1/rate whatever
// the answers, and waits for the last answer.
func openPhase(ctx context.Context, t *openTarget, names []string, name string, rate float64, d, timeout time.Duration, mem *memSampler) *Phase {
	p := &Phase{Name: name, Rate: rate}
	var (
		mu sync.Mutex
		wg sync.WaitGroup
	)
	interval := time.Duration(float64(time.Second) / rate)
	start := time.Now()
	if mem != nil {
		mem.take(name + " start")
	}
	for i := 0; ctx.Err() == nil; i++ {
		at := time.Duration(i) * interval
		if at >= d {
			break
		}
		if wait := time.Until(start.Add(at)); wait > 0 {
			select {
			case <-time.After(wait):
			case <-ctx.Done():
			}
		}
		q := names[i%len(names)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := t.do(ctx, q, timeout)
			s.sent = at
			mu.Lock()
			p.samples = append(p.samples, s)
			mu.Unlock()
		}()
	}
	if mem != nil {
		mem.take(name + " end")
	}
	wg.Wait()
	p.Seconds = d.Seconds()
	p.summarize()
	return p
}

func (p *Phase) summarize() {
	var admitted, refused []time.Duration
	for _, s := range p.samples {
		p.Sent++
		switch s.outcome {
		case outcomeOK:
			p.OK++
		case outcomeRefused:
			p.Refused++
			p.RefusedMaxMs = max(p.RefusedMaxMs, ms(s.latency))
			refused = append(refused, s.latency)
			if !s.retry {
				p.RefusedNoRetry++
			}
		case outcomeFailed:
			p.Failed++
		case outcomeTimedOut:
			p.TimedOut++
		}
		if s.outcome != outcomeRefused {
			admitted = append(admitted, s.latency)
		}
		if s.query == "page" {
			switch s.outcome {
			case outcomeOK:
				p.PageOK++
			case outcomeRefused:
				p.PageRefused++
			}
		}
		if (s.outcome == outcomeFailed || s.outcome == outcomeTimedOut) && p.FirstError == "" {
			p.FirstError = s.query + ": " + s.detail
		}
	}
	slices.Sort(admitted)
	p.P50ms, p.P99ms = ms(percentile(admitted, 50)), ms(percentile(admitted, 99))
	slices.Sort(refused)
	p.RefusedP50ms, p.RefusedP99ms = ms(percentile(refused, 50)), ms(percentile(refused, 99))
}

// errors counts the requests that were not answered whole.
func (p *Phase) errors() int { return p.Refused + p.Failed + p.TimedOut }

// rss fills in the phase's memory from the samples taken during it.
func (p *Phase) rss(samples []MemSample) {
	var in []MemSample
	on := false
	for _, s := range samples {
		if s.Note == p.Name+" start" {
			on = true
		}
		if on {
			in = append(in, s)
			p.PeakMiB = max(p.PeakMiB, mib(s.PeakKiB))
		}
		if s.Note == p.Name+" end" {
			break
		}
	}
	if len(in) < 3 {
		return
	}
	third := len(in) / 3
	mean := func(ss []MemSample) float64 {
		var sum float64
		for _, s := range ss {
			sum += mib(s.RSSKiB)
		}
		return sum / float64(len(ss))
	}
	p.RSSFirstMiB, p.RSSLastMiB = mean(in[:third]), mean(in[len(in)-third:])
}

// recovery measures how soon the p99 is back under limit after a burst:
// the p99 of what was sent from after on, and the first second from which
// every second's p99 (by send time) is under it.
func (p *Phase) recovery(after, limit time.Duration) {
	var late []time.Duration
	bySecond := map[int][]time.Duration{}
	last := 0
	for _, s := range p.samples {
		if s.outcome == outcomeRefused {
			continue
		}
		sec := int(s.sent / time.Second)
		bySecond[sec] = append(bySecond[sec], s.latency)
		last = max(last, sec)
		if s.sent >= after {
			late = append(late, s.latency)
		}
	}
	slices.Sort(late)
	p.AfterP99ms = ms(percentile(late, 99))
	recovered := 0
	for sec := 0; sec <= last; sec++ {
		ls := bySecond[sec]
		slices.Sort(ls)
		if percentile(ls, 99) >= limit {
			recovered = sec + 1
		}
	}
	p.RecoveredAfter = float64(recovered)
}

func (p *Phase) String() string {
	return fmt.Sprintf("%s at %.2f req/s: %d sent, %d ok, %d refused (p50 %.0f ms, slowest %.0f ms), %d failed, %d timed out, p50 %.0f ms, p99 %.0f ms; pages %d ok, %d refused",
		p.Name, p.Rate, p.Sent, p.OK, p.Refused, p.RefusedP50ms, p.RefusedMaxMs, p.Failed, p.TimedOut, p.P50ms, p.P99ms, p.PageOK, p.PageRefused)
}

// measureOpen runs the three phases against ours.
func measureOpen(ctx context.Context, cfg config) (*OpenReport, error) {
	qs, _ := selectQueries(cfg.queries)
	store, err := openStore(ctx, cfg)
	if err != nil {
		return nil, err
	}
	b := &backend{Store: store, coSigning: graph.NewProjection(store)}
	store.UseProjection(b.coSigning) // as serve does
	if _, err := b.coSigning.Refresh(ctx); err != nil {
		store.Close(context.Background())
		return nil, err
	}
	args, err := pickArgs(ctx, b)
	store.Close(context.Background())
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(os.Stderr, "apiload: arguments: %+v\n", args)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 512, IdleConnTimeout: time.Minute}}
	ht, err := newHTTPTarget(client, cfg.url, qs, args, false)
	if err != nil {
		return nil, err
	}
	t := &openTarget{client: client, url: cfg.url, bodies: ht.bodies}
	names := make([]string, len(qs))
	for i, q := range qs {
		names[i] = q.name
		if s := t.do(ctx, q.name, cfg.timeout); s.outcome != outcomeOK {
			return nil, fmt.Errorf("%s fails before any load: %s", q.name, s.detail)
		}
	}
	var mem *memSampler
	if cfg.pid > 0 {
		mem = startSampler(cfg.pid, cfg.every)
	}
	rep := &OpenReport{Args: args}
	oc := cfg.open
	run := func(name string, rate float64, d time.Duration) *Phase {
		p := openPhase(ctx, t, names, name, rate, d, cfg.timeout, mem)
		fmt.Fprintln(os.Stderr, "apiload:", p)
		rep.Phases = append(rep.Phases, p)
		return p
	}
	pause := func() {
		select {
		case <-time.After(oc.settle):
		case <-ctx.Done():
		}
	}
	passes := func(p *Phase) bool { return p.errors() == 0 && p.P99ms < ms(oc.p99) }
	// A rate is past capacity only when it fails twice in a row: on a
	// shared machine one step's p99 (its second-slowest of a hundred or
	// so) can be another process's doing.
	good := func(name string, rate float64) bool {
		for try := 0; try < 2 && ctx.Err() == nil; try++ {
			pause()
			if passes(run(name, rate, oc.step)) {
				return true
			}
		}
		return false
	}

	// Warm up at the starting rate (unmeasured), then find the capacity.
	openPhase(ctx, t, names, "warm-up", oc.startRate, cfg.warmup, cfg.timeout, nil)
	capacity := oc.fixedRate
	if capacity == 0 {
		lo, hi := 0.0, 0.0
		for rate := oc.startRate; rate <= oc.maxRate && ctx.Err() == nil; rate *= 1.5 {
			if good(fmt.Sprintf("capacity %.2f", rate), rate) {
				lo = rate
			} else {
				hi = rate
				break
			}
		}
		for i := 0; i < 3 && hi > 0 && lo > 0 && ctx.Err() == nil; i++ {
			mid := (lo + hi) / 2
			if good(fmt.Sprintf("capacity %.2f", mid), mid) {
				lo = mid
			} else {
				hi = mid
			}
		}
		capacity = lo
	}
	rep.Capacity = capacity
	if capacity == 0 {
		return rep, fmt.Errorf("no rate from %.2f req/s had p99 under %v and no errors", oc.startRate, oc.p99)
	}
	fmt.Fprintf(os.Stderr, "apiload: capacity %.2f req/s\n", capacity)

	pause()
	steady := run("70%", 0.7*capacity, cfg.duration)
	pause()
	burst := run("150%", 1.5*capacity, cfg.duration)
	after := run("after", 0.7*capacity, oc.recover)
	if mem != nil {
		samples, _ := mem.finish()
		steady.rss(samples)
		burst.rss(samples)
	}
	after.recovery(oc.recoveryIn, oc.p99)

	flat := func(p *Phase) Check {
		ok := p.RSSFirstMiB > 0 && p.RSSLastMiB <= 1.1*p.RSSFirstMiB && p.RSSLastMiB >= 0.9*p.RSSFirstMiB
		return Check{What: p.Name + ": RSS flat (last third within 10 % of the first)",
			Got: fmt.Sprintf("%.1f → %.1f MiB, peak %.1f MiB", p.RSSFirstMiB, p.RSSLastMiB, p.PeakMiB), OK: ok || mem == nil}
	}
	rep.Checks = []Check{
		{What: "70%: no request refused, failed or timed out", Got: fmt.Sprintf("%d of %d", steady.errors(), steady.Sent), OK: steady.errors() == 0},
		{What: fmt.Sprintf("70%%: p99 under %v", oc.p99), Got: fmt.Sprintf("%.0f ms", steady.P99ms), OK: steady.P99ms < ms(oc.p99)},
		flat(steady),
		{What: fmt.Sprintf("150%%: every refusal within %v", oc.refuseWithin), Got: fmt.Sprintf("%d refused, slowest %.0f ms", burst.Refused, burst.RefusedMaxMs),
			OK: burst.RefusedMaxMs < ms(oc.refuseWithin)},
		{What: "150%: every refusal 503 with Retry-After", Got: fmt.Sprintf("%d without", burst.RefusedNoRetry), OK: burst.RefusedNoRetry == 0},
		{What: "150%: past capacity (some requests refused; none would mean the capacity found was too low to test shedding)",
			Got: fmt.Sprintf("%d refused of %d", burst.Refused, burst.Sent), OK: burst.Refused > 0},
		{What: "150%: no admitted request failed", Got: fmt.Sprintf("%d failed of %d admitted", burst.Failed, burst.Sent-burst.Refused), OK: burst.Failed == 0},
		{What: "150%: no timeouts", Got: fmt.Sprint(burst.TimedOut), OK: burst.TimedOut == 0},
		flat(burst),
		{What: fmt.Sprintf("after the burst: p99 under %v from %v on", oc.p99, oc.recoveryIn),
			Got: fmt.Sprintf("%.0f ms (every second under it from %.0f s)", after.AfterP99ms, after.RecoveredAfter),
			OK:  after.AfterP99ms < ms(oc.p99) && after.Failed == 0 && after.TimedOut == 0},
	}
	return rep, ctx.Err()
}

func printOpen(w io.Writer, rep *OpenReport) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "phase\treq/s\tsent\tok\trefused\trefusal p50 ms\tslowest refusal ms\tfailed\ttimed out\tp50 ms\tp99 ms\tpages ok\tpages refused\t")
	for _, p := range rep.Phases {
		fmt.Fprintf(tw, "%s\t%.2f\t%d\t%d\t%d\t%.0f\t%.0f\t%d\t%d\t%.0f\t%.0f\t%d\t%d\t\n", p.Name, p.Rate, p.Sent, p.OK, p.Refused,
			p.RefusedP50ms, p.RefusedMaxMs, p.Failed, p.TimedOut, p.P50ms, p.P99ms, p.PageOK, p.PageRefused)
	}
	tw.Flush()
	fmt.Fprintf(w, "\ncapacity: %.2f req/s of the mix\n", rep.Capacity)
	for _, c := range rep.Checks {
		mark := "ok  "
		if !c.OK {
			mark = "FAIL"
		}
		fmt.Fprintf(w, "%s %s: %s\n", mark, c.What, c.Got)
	}
	for _, p := range rep.Phases {
		if p.FirstError != "" {
			fmt.Fprintf(w, "first error, %s: %s\n", p.Name, clip(p.FirstError, 200))
		}
	}
}

func writeOpenJSON(w io.Writer, rep *OpenReport) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}
