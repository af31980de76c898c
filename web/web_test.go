package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func get(t *testing.T, h http.Handler, method, target string, hdr map[string]string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestNotBuilt(t *testing.T) {
	h := NewHandler(fstest.MapFS{".gitkeep": {Data: nil}})
	for _, p := range []string{"/", "/playground"} {
		res := get(t, h, "GET", p, nil)
		if res.StatusCode != http.StatusServiceUnavailable {
			t.Errorf("%s: status %d, want 503", p, res.StatusCode)
		}
		if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
			t.Errorf("%s: Content-Type %q, want text/plain", p, ct)
		}
		if b := body(t, res); !strings.Contains(b, "web UI not built: run `make web`") {
			t.Errorf("%s: body %q", p, b)
		}
	}
	if res := get(t, h, "GET", "/assets/index-abc.js", nil); res.StatusCode != http.StatusNotFound {
		t.Errorf("asset when not built: status %d, want 404", res.StatusCode)
	}
}

// The embedded dist of a clean clone holds only .gitkeep; a built one has index.html.
func TestEmbeddedHandler(t *testing.T) {
	res := get(t, Handler(), "GET", "/", nil)
	switch res.StatusCode {
	case http.StatusOK:
		if b := body(t, res); !strings.Contains(b, "Coalition Graph Explorer") {
			t.Errorf("built index.html lacks the product name")
		}
	case http.StatusServiceUnavailable:
		if b := body(t, res); !strings.Contains(b, "make web") {
			t.Errorf("not-built page: %q", b)
		}
	default:
		t.Fatalf("status %d", res.StatusCode)
	}
}

var builtFS = fstest.MapFS{
	".gitkeep":                {Data: nil},
	"index.html":              {Data: []byte(`<!doctype html><title>Coalition Graph Explorer</title><script src="/assets/index-abc123.js"></script>`)},
	"playground.html":         {Data: []byte(`<!doctype html><title>GraphQL playground</title>`)},
	"review.html":             {Data: []byte(`<!doctype html><title>Review duplicates</title>`)},
	"favicon.svg":             {Data: []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`)},
	"assets/index-abc123.js":  {Data: []byte(strings.Repeat("console.log('coalition');\n", 200))},
	"assets/index-abc123.css": {Data: []byte("body{color:red}")},
	"assets/codicon-x.ttf":    {Data: []byte{0, 1, 0, 0, 0, 16}},
}

func TestBuilt(t *testing.T) {
	h := NewHandler(builtFS)

	cases := []struct {
		path, ctype, cache, contains string
	}{
		{"/", "text/html", "no-cache", "Coalition Graph Explorer"},
		{"/index.html", "text/html", "no-cache", "Coalition Graph Explorer"},
		{"/playground", "text/html", "no-cache", "GraphQL playground"},
		{"/playground/", "text/html", "no-cache", "GraphQL playground"},
		{"/review", "text/html", "no-cache", "Review duplicates"},
		{"/assets/index-abc123.js", "text/javascript", "immutable", "console.log"},
		{"/assets/index-abc123.css", "text/css", "immutable", "color:red"},
		{"/assets/codicon-x.ttf", "font/ttf", "immutable", ""},
		{"/favicon.svg", "image/svg+xml", "max-age=3600", "<svg"},
	}
	for _, c := range cases {
		res := get(t, h, "GET", c.path, nil)
		if res.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d", c.path, res.StatusCode)
			continue
		}
		if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, c.ctype) {
			t.Errorf("%s: Content-Type %q, want %s", c.path, ct, c.ctype)
		}
		if cc := res.Header.Get("Cache-Control"); !strings.Contains(cc, c.cache) {
			t.Errorf("%s: Cache-Control %q, want %s", c.path, cc, c.cache)
		}
		if res.Header.Get("ETag") == "" {
			t.Errorf("%s: no ETag", c.path)
		}
		if b := body(t, res); !strings.Contains(b, c.contains) {
			t.Errorf("%s: body lacks %q", c.path, c.contains)
		}
	}

	for _, p := range []string{"/nope", "/assets/missing.js", "/.gitkeep", "/assets/", "/assets/../index.html", "/a/b.js", "/graphql"} {
		if res := get(t, h, "GET", p, nil); res.StatusCode != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", p, res.StatusCode)
		}
	}

	if res := get(t, h, "POST", "/", nil); res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /: status %d, want 405", res.StatusCode)
	}
	if res := get(t, h, "HEAD", "/playground", nil); res.StatusCode != http.StatusOK || body(t, res) != "" {
		t.Errorf("HEAD /playground: status %d", res.StatusCode)
	}
}

func TestGzipAndETag(t *testing.T) {
	h := NewHandler(builtFS)
	plain := get(t, h, "GET", "/assets/index-abc123.js", nil)
	want := body(t, plain)
	if plain.Header.Get("Content-Encoding") != "" {
		t.Fatalf("gzip without Accept-Encoding")
	}

	res := get(t, h, "GET", "/assets/index-abc123.js", map[string]string{"Accept-Encoding": "br, gzip"})
	if res.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("no gzip: %v", res.Header)
	}
	if !strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
		t.Errorf("Vary: %q", res.Header.Get("Vary"))
	}
	zr, err := gzip.NewReader(bytes.NewReader([]byte(body(t, res))))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(zr)
	if string(got) != want {
		t.Errorf("gzip body differs")
	}
	if res.Header.Get("ETag") == plain.Header.Get("ETag") {
		t.Errorf("gzip and identity share an ETag")
	}
	if res := get(t, h, "GET", "/assets/index-abc123.js", map[string]string{"Accept-Encoding": "gzip;q=0"}); res.Header.Get("Content-Encoding") != "" {
		t.Errorf("gzip despite q=0")
	}

	etag := plain.Header.Get("ETag")
	res = get(t, h, "GET", "/assets/index-abc123.js", map[string]string{"If-None-Match": etag})
	if res.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match: status %d, want 304", res.StatusCode)
	}
	// Small files are not compressed.
	if res := get(t, h, "GET", "/favicon.svg", map[string]string{"Accept-Encoding": "gzip"}); res.Header.Get("Content-Encoding") != "" {
		t.Errorf("tiny file gzipped")
	}
}
