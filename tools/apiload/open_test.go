package main

import (
	"testing"
	"time"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		name       string
		status     int
		retryAfter string
		body       string
		want       outcome
		retry      bool
	}{
		{"OK", 200, "", `{"data":{"search":[]}}`, outcomeOK, false},
		{"Refused", 503, "2", `{"errors":[{"message":"the server is busy; try again","extensions":{"code":"UNAVAILABLE"}}],"data":null}`, outcomeRefused, true},
		{"RefusedWithoutRetryAfter", 503, "", `{"errors":[{"message":"the server is busy; try again","extensions":{"code":"UNAVAILABLE"}}]}`, outcomeRefused, false},
		{"TimedOut", 503, "1", `{"errors":[{"message":"the query took too long and was stopped","extensions":{"code":"UNAVAILABLE"}}]}`, outcomeTimedOut, false},
		{"GraphQLError", 200, "", `{"errors":[{"message":"Internal error.","extensions":{"code":"INTERNAL"}}],"data":null}`, outcomeFailed, false},
		{"NeoDown", 200, "", `{"errors":[{"message":"Neo4j is unavailable","extensions":{"code":"UNAVAILABLE"}}],"data":null}`, outcomeFailed, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := classify(tt.status, tt.retryAfter, []byte(tt.body), nil)
			if got.outcome != tt.want || got.retry != tt.retry {
				t.Errorf("outcome %d, retry %v; want %d, %v (%s)", got.outcome, got.retry, tt.want, tt.retry, got.detail)
			}
		})
	}
}

func TestPhase_Recovery(t *testing.T) {
	p := &Phase{}
	for sec := range 10 {
		lat := 100 * time.Millisecond
		if sec < 3 {
			lat = 5 * time.Second // the burst's line drains in the first three seconds
		}
		for i := range 10 {
			p.samples = append(p.samples, sample{sent: time.Duration(sec)*time.Second + time.Duration(i)*100*time.Millisecond, latency: lat})
		}
	}
	p.samples = append(p.samples, sample{sent: 8 * time.Second, latency: 10 * time.Millisecond, outcome: outcomeRefused})
	p.recovery(5*time.Second, 2*time.Second)
	if p.RecoveredAfter != 3 || p.AfterP99ms != 100 {
		t.Errorf("recovered after %v s, p99 from 5 s %v ms; want 3 s and 100 ms", p.RecoveredAfter, p.AfterP99ms)
	}
}

func TestPhase_RSS(t *testing.T) {
	p := &Phase{Name: "70%"}
	samples := []MemSample{{RSSKiB: 1}, {Note: "70% start", RSSKiB: 100 << 10, PeakKiB: 120 << 10}}
	for _, r := range []int64{100, 110, 105, 100, 104, 106} {
		samples = append(samples, MemSample{RSSKiB: r << 10, PeakKiB: 120 << 10})
	}
	samples = append(samples, MemSample{Note: "70% end", RSSKiB: 108 << 10, PeakKiB: 125 << 10}, MemSample{RSSKiB: 900 << 10, PeakKiB: 900 << 10})
	p.rss(samples)
	if p.RSSFirstMiB != 100 || p.RSSLastMiB != 107 || p.PeakMiB != 125 {
		t.Errorf("first %.2f, last %.2f, peak %.1f MiB", p.RSSFirstMiB, p.RSSLastMiB, p.PeakMiB)
	}
}
