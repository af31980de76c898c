// Package web serves the built browser UI (web/dist, made by `make web`):
// the explorer at /, GraphiQL at /playground, and the bundles at /assets/.
package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"
)

//go:embed all:dist
var dist embed.FS

// NotBuilt is the body served when dist has no index.html (a clean clone).
const NotBuilt = "web UI not built: run `make web`\n"

// Handler serves the UI embedded at build time.
func Handler() http.Handler {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // cannot happen: dist is embedded
	}
	return NewHandler(sub)
}

// NewHandler serves a built UI from fsys (the contents of web/dist):
//
//	GET /                 index.html         Cache-Control: no-cache
//	GET /playground       playground.html    Cache-Control: no-cache
//	GET /review           review.html        Cache-Control: no-cache
//	GET /assets/<file>    hashed bundles     Cache-Control: public, max-age=31536000, immutable
//	GET /<file>           other files (favicon.svg)  Cache-Control: public, max-age=3600
//
// Pages and bundles carry an ETag and are gzipped for clients that accept
// it. Anything else is 404; methods other than GET and HEAD are 405. When
// fsys has no index.html every page answers 503 with NotBuilt.
func NewHandler(fsys fs.FS) http.Handler {
	h := &handler{fsys: fsys}
	if st, err := fs.Stat(fsys, "index.html"); err != nil || st.IsDir() {
		h.notBuilt = true
	}
	return h
}

type handler struct {
	fsys     fs.FS
	notBuilt bool
	cache    sync.Map // name → *file
}

type file struct {
	name    string
	body    []byte
	gz      []byte // nil when not worth compressing
	etag    string
	ctype   string
	modtime time.Time
}

const (
	cachePages  = "no-cache"
	cacheAssets = "public, max-age=31536000, immutable"
	cacheOther  = "public, max-age=3600"
)

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, cacheControl := route(r.URL.Path)
	if name == "" {
		http.NotFound(w, r)
		return
	}
	if h.notBuilt {
		if strings.HasPrefix(name, "assets/") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = w.Write([]byte(NotBuilt))
		return
	}
	f, err := h.open(name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			http.NotFound(w, r)
			return
		}
		http.Error(w, "cannot read "+name, http.StatusInternalServerError)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", f.ctype)
	hd.Set("Cache-Control", cacheControl)
	hd.Set("X-Content-Type-Options", "nosniff")
	if strings.HasSuffix(name, ".html") {
		hd.Set("Referrer-Policy", "same-origin")
	}
	body, etag := f.body, f.etag
	if f.gz != nil {
		hd.Add("Vary", "Accept-Encoding")
		if acceptsGzip(r) {
			body, etag = f.gz, f.etag[:len(f.etag)-1]+`-gz"`
			hd.Set("Content-Encoding", "gzip")
		}
	}
	hd.Set("ETag", etag)
	http.ServeContent(w, r, name, f.modtime, bytes.NewReader(body))
}

// route maps a URL path to a file in dist and its caching policy; "" is 404.
func route(p string) (name, cacheControl string) {
	switch p {
	case "/", "/index.html":
		return "index.html", cachePages
	case "/playground", "/playground/", "/playground.html":
		return "playground.html", cachePages
	case "/review", "/review/", "/review.html":
		return "review.html", cachePages
	}
	clean := path.Clean(p)
	if clean != p || !strings.HasPrefix(clean, "/") || strings.Contains(clean, "..") {
		return "", ""
	}
	name = strings.TrimPrefix(clean, "/")
	if !fs.ValidPath(name) || name == "" || strings.HasPrefix(path.Base(name), ".") {
		return "", "" // no dotfiles (dist/.gitkeep)
	}
	if strings.HasPrefix(name, "assets/") {
		return name, cacheAssets
	}
	if strings.Contains(name, "/") {
		return "", ""
	}
	return name, cacheOther
}

func (h *handler) open(name string) (*file, error) {
	if f, ok := h.cache.Load(name); ok {
		return f.(*file), nil
	}
	st, err := fs.Stat(h.fsys, name)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, fs.ErrNotExist
	}
	body, err := fs.ReadFile(h.fsys, name)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(body)
	f := &file{
		name:    name,
		body:    body,
		etag:    `"` + hex.EncodeToString(sum[:12]) + `"`,
		ctype:   contentType(name, body),
		modtime: st.ModTime(), // zero for embed.FS: no Last-Modified, the ETag serves
	}
	if compressible(f.ctype) && len(body) >= 1024 {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		_, _ = zw.Write(body)
		_ = zw.Close()
		if buf.Len() < len(body)*9/10 {
			f.gz = buf.Bytes()
		}
	}
	actual, _ := h.cache.LoadOrStore(name, f)
	return actual.(*file), nil
}

func contentType(name string, body []byte) string {
	switch path.Ext(name) {
	case ".js", ".mjs":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".html":
		return "text/html; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	case ".json", ".map":
		return "application/json"
	case ".ttf":
		return "font/ttf"
	case ".woff2":
		return "font/woff2"
	case ".woff":
		return "font/woff"
	case ".wasm":
		return "application/wasm"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return http.DetectContentType(body)
}

func compressible(ctype string) bool {
	return strings.HasPrefix(ctype, "text/") ||
		strings.HasPrefix(ctype, "application/json") ||
		strings.HasPrefix(ctype, "image/svg") ||
		strings.HasPrefix(ctype, "font/ttf") ||
		strings.HasPrefix(ctype, "application/wasm")
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(enc), "gzip") {
			q := strings.ReplaceAll(params, " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}
