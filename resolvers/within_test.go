package resolvers

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestWithin(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	blocked := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"data":{"partial":`)) // half an answer, never finished in time
		<-release
	})
	fast := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusAccepted)
		w.Write([]byte(`{"data":{}}`))
	})
	serve := func(slots chan struct{}, h http.Handler, timeout time.Duration) (*httptest.ResponseRecorder, time.Duration) {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		w := httptest.NewRecorder()
		start := time.Now()
		within(ctx, w, slots, h, httptest.NewRequest(http.MethodPost, "/graphql", nil).WithContext(ctx))
		return w, time.Since(start)
	}

	t.Run("Answer", func(t *testing.T) {
		w, _ := serve(make(chan struct{}, 1), fast, time.Second)
		if w.Code != http.StatusAccepted || w.Body.String() != `{"data":{}}` || w.Header().Get("Content-Type") != "application/json" {
			t.Errorf("got %d %q %v; want the handler's answer, status and headers", w.Code, w.Body, w.Header())
		}
	})

	// An operation the cost budget sheds is answered 503 with Retry-After.
	t.Run("Shed", func(t *testing.T) {
		shedder := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			resp := shed(r.Context(), 2500*time.Millisecond)(r.Context())
			w.Header().Set("Content-Type", "application/json")
			writeResponse(w, resp)
		})
		w, _ := serve(make(chan struct{}, 1), shedder, time.Second)
		if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") != "3" || !strings.Contains(w.Body.String(), `"UNAVAILABLE"`) {
			t.Errorf("got %d %q, Retry-After %q; want 503 UNAVAILABLE, Retry-After 3", w.Code, w.Body, w.Header().Get("Retry-After"))
		}
	})

	slots := make(chan struct{}, 1)
	t.Run("Overrun", func(t *testing.T) {
		w, took := serve(slots, blocked, 100*time.Millisecond)
		if w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), `"UNAVAILABLE"`) || strings.Contains(w.Body.String(), "partial") {
			t.Errorf("got %d %q; want 503 UNAVAILABLE and none of the half answer", w.Code, w.Body)
		}
		if took > time.Second {
			t.Errorf("answered after %v; want by the 100 ms deadline", took)
		}
	})
	// The overrun request still holds the only slot: the next one waits
	// for it a moment (slotWait), then is told the server is busy and when
	// to try again, long before its own deadline.
	t.Run("Busy", func(t *testing.T) {
		w, took := serve(slots, fast, 10*time.Second)
		if w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), "busy") || w.Header().Get("Retry-After") != "1" {
			t.Errorf("got %d %q, Retry-After %q; want 503 busy, Retry-After 1", w.Code, w.Body, w.Header().Get("Retry-After"))
		}
		if took > 100*time.Millisecond {
			t.Errorf("answered after %v; want within 100 ms", took)
		}
	})
}
