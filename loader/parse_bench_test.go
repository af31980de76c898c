package loader_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/coalition-graph/coalition/loader"
)

// BenchmarkParse parses every sample letter once per iteration; b.SetBytes
// makes `go test -bench` report MB/s, and the letters/s metric is per letter.
func BenchmarkParse(b *testing.B) {
	paths, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no sample letters: %v", err)
	}
	texts := make([]string, len(paths))
	size := 0
	for i, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts[i] = string(raw)
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		for i, text := range texts {
			if _, err := loader.ParseText(paths[i], text); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(texts))/b.Elapsed().Seconds(), "letters/s")
}
