package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// MemSample is one reading of a process's memory from /proc/PID/status.
type MemSample struct {
	Seconds float64 `json:"t_s"` // since sampling started
	RSSKiB  int64   `json:"rss_kib"`
	PeakKiB int64   `json:"peak_kib"` // VmHWM: the highest RSS since the process started
	Note    string  `json:"note,omitempty"`
}

// parseStatus reads VmRSS and VmHWM (in KiB) from the text of /proc/PID/status.
func parseStatus(text string) (rss, peak int64, err error) {
	found := 0
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		key, value, ok := strings.Cut(sc.Text(), ":")
		if !ok || (key != "VmRSS" && key != "VmHWM") {
			continue
		}
		fields := strings.Fields(value)
		if len(fields) != 2 || fields[1] != "kB" {
			return 0, 0, fmt.Errorf("%s: unexpected value %q", key, strings.TrimSpace(value))
		}
		n, err := strconv.ParseInt(fields[0], 10, 64)
		if err != nil {
			return 0, 0, fmt.Errorf("%s: %v", key, err)
		}
		if key == "VmRSS" {
			rss = n
		} else {
			peak = n
		}
		found++
	}
	if found != 2 {
		return 0, 0, fmt.Errorf("no VmRSS and VmHWM (is it a kernel thread?)")
	}
	return rss, peak, nil
}

// memSampler samples one process's memory every few seconds, and on demand.
type memSampler struct {
	pid   int
	start time.Time
	stop  chan struct{}
	done  chan struct{}

	mu      sync.Mutex
	samples []MemSample
	err     error
}

func startSampler(pid int, every time.Duration) *memSampler {
	m := &memSampler{pid: pid, start: time.Now(), stop: make(chan struct{}), done: make(chan struct{})}
	m.take("start")
	go func() {
		defer close(m.done)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				m.take("")
			case <-m.stop:
				return
			}
		}
	}()
	return m
}

// take records a sample now, with an optional note ("after warm-up").
func (m *memSampler) take(note string) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", m.pid))
	var rss, peak int64
	if err == nil {
		rss, peak, err = parseStatus(string(data))
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if err != nil {
		if m.err == nil {
			m.err = fmt.Errorf("pid %d: %w", m.pid, err)
		}
		return
	}
	m.samples = append(m.samples, MemSample{Seconds: time.Since(m.start).Seconds(), RSSKiB: rss, PeakKiB: peak, Note: note})
}

// finish takes a last sample, stops the ticker and returns the series.
func (m *memSampler) finish() ([]MemSample, error) {
	m.take("end")
	close(m.stop)
	<-m.done
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.samples, m.err
}
