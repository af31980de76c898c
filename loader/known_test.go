package loader

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
)

// The hashes a load asks the graph about are those of the letters it then
// reads: text letters hashed without parsing, JSON and CSV letters by
// their fields; a PDF and an unreadable file are left out.
func TestLetterSHAs_AsTheLoadGivesThem(t *testing.T) {
	ctx := context.Background()
	texts, _ := filepath.Glob("testdata/*.txt")
	jsons, _ := filepath.Glob("testdata/0*.json")
	files := append(append(texts[:10:10], jsons[:3]...), "testdata/formats/signatures.csv", "testdata/missing.txt", "testdata/none.pdf")
	var want []string
	for _, f := range files[:len(files)-2] {
		letters, err := ReadFile(ctx, f, LoadOptions{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, l := range letters {
			want = append(want, l.SHA256)
		}
	}
	got := letterSHAs(ctx, files, LoadOptions{})
	if len(want) < 15 || !slices.Equal(got, want) {
		t.Errorf("letterSHAs gave %d hashes %q;\nthe letters read have %d: %q", len(got), got, len(want), want)
	}
}
