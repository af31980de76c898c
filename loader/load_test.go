package loader_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
)

// fakeWriter records the batches it is given. It is no database: it only
// says which letters it has seen, and fails when told to.
type fakeWriter struct {
	mu      sync.Mutex
	batches [][]string // letter ids, one slice per call
	seen    map[string]bool
	fail    func(batch []graph.LetterImport) error

	roleCalls, roleLetters int
}

var _ loader.Writer = (*fakeWriter)(nil)

func (w *fakeWriter) WriteLetters(ctx context.Context, batch []graph.LetterImport) (graph.WriteResult, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	var ids []string
	for _, li := range batch {
		ids = append(ids, li.Letter.ID)
	}
	w.batches = append(w.batches, ids)
	if w.fail != nil {
		if err := w.fail(batch); err != nil {
			return graph.WriteResult{}, err
		}
	}
	if w.seen == nil {
		w.seen = map[string]bool{}
	}
	var res graph.WriteResult
	for _, id := range ids {
		if w.seen[id] {
			res.Unchanged = append(res.Unchanged, id)
		} else {
			w.seen[id] = true
			res.New = append(res.New, id)
		}
	}
	return res, nil
}

// WriteRoleSet counts the letters whose roles it is given, so tests can
// see the loader hands over every letter the graph holds, once.
func (w *fakeWriter) WriteRoleSet(ctx context.Context, roles *graph.RoleSet) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.roleCalls++
	w.roleLetters += roles.Letters()
	return 0, nil
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, to, string(data))
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// goodLetters puts five good letters in dir: a text letter, a JSON letter,
// a CSV of two letters, and a JSON letter in a folder named like a file.
func goodLetters(t *testing.T, dir string) {
	copyFile(t, "testdata/000_seed.txt", filepath.Join(dir, "000_seed.txt"))
	copyFile(t, "testdata/010_sept11-families-s4-letter-2007.json", filepath.Join(dir, "010.json"))
	copyFile(t, "testdata/formats/signatures.csv", filepath.Join(dir, "signatures.csv"))
	copyFile(t, "testdata/011_maritime-unions-merchant-mariners-2007.json", filepath.Join(dir, "folder.txt", "011.json"))
}

func TestLoad_BadInput(t *testing.T) {
	dir := t.TempDir()
	goodLetters(t, dir)
	writeFile(t, filepath.Join(dir, "empty.txt"), "")
	writeFile(t, filepath.Join(dir, "blank.txt"), " \n\n\t\n")
	writeFile(t, filepath.Join(dir, "binary.txt"), "GIF89a\n\x00\x01\x02\x03")
	writeFile(t, filepath.Join(dir, "latin1.txt"), "Dear Sir:\n\nCaf\xe9 owners ask.\n")
	writeFile(t, filepath.Join(dir, "nosig.txt"), "February 8, 2019\n\nDear Sir:\n\nPlease act on the bill.\n\nSincerely,\n")
	writeFile(t, filepath.Join(dir, "nosig.json"), `{"date": "2019-02-08", "signatories": []}`)
	writeFile(t, filepath.Join(dir, "bad.json"), "{\n \"signatories\": [\n  {\"name\": \"A\",}\n ]\n}")
	writeFile(t, filepath.Join(dir, "bad.csv"), "letter_id,date,title,person,person_title,organization\n1,2008,T,Pat Doe,,GLAAD\n1,2008,T,,,\n")
	writeFile(t, filepath.Join(dir, "fake.pdf"), "Dear Sir: this is text, not a PDF.\n")
	writeFile(t, filepath.Join(dir, "notes.docx"), "PK")
	writeFile(t, filepath.Join(dir, ".hidden.txt"), "\x00")
	writeFile(t, filepath.Join(dir, ".git", "HEAD"), "ref: refs/heads/main")
	huge, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := huge.Truncate(50 << 20); err != nil { // sparse: 50 MB without writing them
		t.Fatal(err)
	}
	huge.Close()
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	// Tests run as root, which reads any file: a named pipe is the unreadable
	// file here (opening it would block forever).
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing", "letter.txt")

	w := &fakeWriter{}
	sum, err := loader.Load(context.Background(), w, []string{dir, missing}, loader.LoadOptions{BatchSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	if w.roleCalls != 1 || w.roleLetters != len(sum.New)+len(sum.Unchanged) {
		t.Errorf("roles written %d times for %d letters; want once, after the last batch, for the %d letters written",
			w.roleCalls, w.roleLetters, len(sum.New)+len(sum.Unchanged))
	}

	wantFailed := map[string]struct {
		line   int
		reason string
	}{
		"empty.txt":    {0, "empty file"},
		"blank.txt":    {0, "empty letter"},
		"binary.txt":   {2, "binary"},
		"latin1.txt":   {3, "invalid UTF-8"},
		"nosig.json":   {0, "no signatures"},
		"bad.json":     {3, "invalid character '}'"},
		"bad.csv":      {3, "missing organization and person"},
		"fake.pdf":     {0, "not a PDF"},
		"huge.txt":     {0, "file is 50.0 MB, over the "},
		"dangling.txt": {0, "cannot read: no such file (or a broken link)"},
		"pipe.txt":     {0, "not a regular file (a named pipe)"},
		"letter.txt":   {0, "cannot read: no such file"},
	}
	failed := map[string]loader.Issue{}
	for _, f := range sum.Failed {
		failed[filepath.Base(f.File)] = f
	}
	// The text parser says where it looked for signatures; any line will do.
	if got := failed["nosig.txt"]; !strings.Contains(got.Reason, "no signatures") {
		t.Errorf("nosig.txt failed with %q, want no signatures", got)
	}
	for name, want := range wantFailed {
		got, ok := failed[name]
		if !ok {
			t.Errorf("%s did not fail; want %q", name, want.reason)
			continue
		}
		if got.Line != want.line || !strings.Contains(got.Reason, want.reason) {
			t.Errorf("%s failed with %q, want line %d and %q", name, got, want.line, want.reason)
		}
		if !strings.HasPrefix(got.String(), got.File) || !strings.Contains(got.File, dir) {
			t.Errorf("issue %q does not name the file in full", got)
		}
	}
	if len(sum.Failed) != len(wantFailed)+1 {
		t.Errorf("%d failures, want %d: %v", len(sum.Failed), len(wantFailed), sum.Failed)
	}
	if len(sum.Skipped) != 1 || filepath.Base(sum.Skipped[0].File) != "notes.docx" || !strings.Contains(sum.Skipped[0].Reason, "unsupported file type") {
		t.Errorf("skipped = %v, want notes.docx as unsupported", sum.Skipped)
	}

	// The good letters still load, in batches of two.
	if sum.Letters != 5 || len(sum.New) != 5 {
		t.Errorf("%d letters read, %d new; want 5 and 5", sum.Letters, len(sum.New))
	}
	if got := batchSizes(w.batches); !slices.Equal(got, []int{2, 2, 1}) {
		t.Errorf("batch sizes = %v, want [2 2 1]", got)
	}
	if sum.Files != 15 {
		t.Errorf("Files = %d, want 15 (every file read, loaded or not; not the broken link or missing path)", sum.Files)
	}
}

func batchSizes(batches [][]string) []int {
	var out []int
	for _, b := range batches {
		out = append(out, len(b))
	}
	return out
}

func TestLoad_RetryFailedBatch(t *testing.T) {
	dir := t.TempDir()
	goodLetters(t, dir)
	var bad string // the id of the CSV's second letter, which the writer rejects
	w := &fakeWriter{fail: func(batch []graph.LetterImport) error {
		for _, li := range batch {
			if strings.HasSuffix(li.Letter.Source, "#ncd-2005") {
				bad = li.Letter.ID
				return errors.New("write letters: neo4j: property too large")
			}
		}
		return nil
	}}
	sum, err := loader.Load(context.Background(), w, []string{dir}, loader.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.New) != 4 || slices.Contains(sum.New, bad) {
		t.Errorf("new = %v, want the 4 letters other than %s", sum.New, bad)
	}
	if len(sum.Failed) != 1 || sum.Failed[0].Letter != bad || filepath.Base(sum.Failed[0].File) != "signatures.csv" ||
		!strings.Contains(sum.Failed[0].Reason, "property too large") {
		t.Errorf("failed = %v, want signatures.csv letter %s: property too large", sum.Failed, bad)
	}
	// One batch of 5, then each letter alone.
	if got := batchSizes(w.batches); !slices.Equal(got, []int{5, 1, 1, 1, 1, 1}) {
		t.Errorf("batch sizes = %v, want [5 1 1 1 1 1]", got)
	}
}

func TestLoad_StoreUnavailable(t *testing.T) {
	dir := t.TempDir()
	goodLetters(t, dir)
	w := &fakeWriter{fail: func([]graph.LetterImport) error {
		return &graph.Error{Code: graph.EUNAVAILABLE, Message: "neo4j: cannot reach bolt://127.0.0.1:1"}
	}}
	sum, err := loader.Load(context.Background(), w, []string{dir}, loader.LoadOptions{})
	if graph.ErrorCode(err) != graph.EUNAVAILABLE {
		t.Fatalf("err = %v, want EUNAVAILABLE", err)
	}
	// The batch, then letters alone until three in a row fail: not all five.
	if got := batchSizes(w.batches); !slices.Equal(got, []int{5, 1, 1, 1}) {
		t.Errorf("batch sizes = %v, want [5 1 1 1]", got)
	}
	if len(sum.Failed) != 3 {
		t.Errorf("failed = %v, want the 3 letters tried", sum.Failed)
	}
}

func TestLoad_LetterTooSlow(t *testing.T) {
	// A letter the store times out on is one failed letter; the rest load.
	dir := t.TempDir()
	goodLetters(t, dir)
	w := &fakeWriter{fail: func(batch []graph.LetterImport) error {
		for _, li := range batch {
			if strings.HasSuffix(li.Letter.Source, "#ncd-2005") {
				return &graph.Error{Code: graph.EUNAVAILABLE, Message: "the query took too long and was stopped"}
			}
		}
		return nil
	}}
	sum, err := loader.Load(context.Background(), w, []string{dir}, loader.LoadOptions{BatchSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.New) != 4 || len(sum.Failed) != 1 || !strings.Contains(sum.Failed[0].Reason, "took too long") {
		t.Errorf("%d new, failed %v; want 4 new and the slow letter failed", len(sum.New), sum.Failed)
	}
}

func TestLoad_DryRun(t *testing.T) {
	dir := t.TempDir()
	goodLetters(t, dir)
	copyFile(t, "testdata/000_seed.txt", filepath.Join(dir, "copy", "seed-again.txt"))
	w := &fakeWriter{}
	var calls []loader.Progress
	sum, err := loader.Load(context.Background(), w, []string{dir}, loader.LoadOptions{DryRun: true,
		Progress: func(p loader.Progress) { calls = append(calls, p) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(w.batches) != 0 || len(sum.New) != 0 || !sum.DryRun || w.roleCalls != 0 {
		t.Errorf("dry run wrote %d batches, %d new letters, roles %d times", len(w.batches), len(sum.New), w.roleCalls)
	}
	if sum.Letters != 5 || sum.Signatures == 0 || sum.Organizations == 0 || sum.People == 0 {
		t.Errorf("summary = %+v, want 5 letters and their counts", sum)
	}
	if len(sum.Skipped) != 1 || !strings.Contains(sum.Skipped[0].Reason, "same letter as "+filepath.Join(dir, "000_seed.txt")) {
		t.Errorf("skipped = %v, want the copy of the seed letter", sum.Skipped)
	}
	if len(calls) == 0 || calls[len(calls)-1].Files != 5 || calls[len(calls)-1].Letters != 6 {
		t.Errorf("progress calls = %+v, want a last one with 5 files and 6 letters", calls)
	}
	if most := int(sum.Elapsed/(100*time.Millisecond)) + 2; len(calls) > most {
		t.Errorf("%d progress calls in %v, want at most %d (ten a second, and the last)", len(calls), sum.Elapsed, most)
	}
}

func TestLoad_Canceled(t *testing.T) {
	dir := t.TempDir()
	goodLetters(t, dir)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	start := time.Now()
	_, err := loader.Load(ctx, &fakeWriter{}, []string{dir}, loader.LoadOptions{})
	if !errors.Is(err, context.Canceled) || time.Since(start) > 5*time.Second {
		t.Errorf("err = %v, want context.Canceled at once", err)
	}
}

func TestLoad_ErrAliases(t *testing.T) {
	aliases := filepath.Join(t.TempDir(), "aliases.txt")
	writeFile(t, aliases, "Human Rights Campaign = HRC\nno equals sign here\n")
	_, err := loader.Load(context.Background(), &fakeWriter{}, []string{"testdata/000_seed.txt"}, loader.LoadOptions{Aliases: aliases})
	if err == nil || !strings.Contains(err.Error(), aliases+":2: ") {
		t.Errorf("err = %v, want %s:2: ...", err, aliases)
	}
}
