package loader

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/coalition-graph/coalition/graph"
)

// Writer stores resolved letters. graph.Store is one; the loader knows
// nothing else about the database.
type Writer interface {
	WriteLetters(ctx context.Context, batch []graph.LetterImport) (graph.WriteResult, error)
	// WriteRoleSet records the roles the letters show, once after the last
	// batch, for every letter the graph holds (new or unchanged).
	WriteRoleSet(ctx context.Context, roles *graph.RoleSet) (int, error)
}

var _ Writer = (*graph.Store)(nil)

// Defaults of LoadOptions.
const (
	// DefaultBatchSize is letters per transaction. Each transaction costs
	// some ten round trips and a commit whatever its size: the court
	// corpus (4 signatures a letter) loaded in 23.5 s in batches of 200,
	// 10.3–11.6 s in batches of 1,000 and 9.4–9.8 s in batches of 2,000.
	DefaultBatchSize = 1000
	// DefaultMaxFileBytes bounds any input file (a bulk CSV may hold many
	// letters; a single text or JSON letter is also bounded by MaxLetterBytes).
	DefaultMaxFileBytes = 32 << 20
)

// LoadOptions tune Load. The zero value loads with the defaults.
type LoadOptions struct {
	// Aliases is the path of an analysts' aliases file (see Aliases); "" for none.
	Aliases string
	// Decisions are merges decided in the graph (as aliases), added to the
	// file's, so a load resolves merged names as the graph does.
	Decisions *Aliases
	// Corrections, when set, finds analysts' corrections of the letters
	// read, which are loaded instead of what the parser reads.
	Corrections Corrections
	// DryRun reads and resolves but writes nothing.
	DryRun bool
	// BatchSize is how many letters go to the Writer at once (DefaultBatchSize when 0).
	BatchSize int
	// MaxFileBytes refuses larger files unread (DefaultMaxFileBytes when 0).
	MaxFileBytes int64
	// KnownOrganizations helps the plain-text parser tell organizations
	// from titles and people: the graph's organizations, say. Load adds
	// the aliases file's.
	KnownOrganizations []string
	// KnownOrganizationsOutside, when set, adds the graph's organizations
	// known apart from the letters being loaded (see known.go).
	KnownOrganizationsOutside KnownOrganizationsOutside
	known                     OrganizationIndex // KnownOrganizations indexed once per load
	// Progress, when set, is told how far the load is, at most about ten
	// times a second and once at the end.
	Progress func(Progress)
}

// Progress is how far a load has come.
type Progress struct {
	Files   int // files read
	Letters int // letters parsed
	Written int // letters the writer took (new or unchanged)
	Failed  int // files and letters that failed
	Elapsed time.Duration
}

// Issue is a file or letter that did not load, or was left out, and why.
type Issue struct {
	File   string
	Line   int    // 0 when the problem is not on one line
	Letter string // letter id, when the letter was read
	Reason string
}

func (i Issue) String() string {
	if i.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", i.File, i.Line, i.Reason)
	}
	return i.File + ": " + i.Reason
}

// Summary is what a load did. Counts of people, organizations, offices and
// signatures are over every letter read, new or already in the graph.
type Summary struct {
	Files     int      // files read, loaded or not
	Letters   int      // distinct letters read
	New       []string // ids of letters written now
	Unchanged []string // ids of letters the graph already had
	Failed    []Issue  // files that could not be read, letters that could not be written
	Skipped   []Issue  // files of other types, letters read twice

	People, Organizations, Offices, Signatures int

	// Corrected counts the letters read whose saved correction was loaded
	// instead of the parse.
	Corrected int

	// Merges are the names entity resolution made one entity, each with
	// its rule; Splits the names it kept as several people; Candidates the
	// names that may be one, most likely first, for review (not merged).
	Merges     []Merge
	Splits     []Split
	Candidates []Candidate
	// Review lists the signatories the parser is unsure of, by file and line.
	Review  []ReviewItem
	DryRun  bool
	Elapsed time.Duration
}

// Load reads letters from files and folders, resolves their names, and
// writes them in batches. Folders are walked recursively in name order,
// skipping hidden files. A file that cannot be read and a letter that cannot
// be written are reported in Summary.Failed and the rest still load; the
// error is for what stops the whole load: a bad aliases file, a cancelled
// context, a store that cannot be reached.
func Load(ctx context.Context, w Writer, paths []string, opt LoadOptions) (Summary, error) {
	ld := &loading{opt: opt.withDefaults(), start: time.Now()}
	ld.progress.fn = opt.Progress
	sum, err := ld.run(ctx, w, paths)
	sum.Elapsed = time.Since(ld.start)
	ld.report(true)
	return sum, err
}

func (o LoadOptions) withDefaults() LoadOptions {
	if o.BatchSize <= 0 {
		o.BatchSize = DefaultBatchSize
	}
	if o.MaxFileBytes <= 0 {
		o.MaxFileBytes = DefaultMaxFileBytes
	}
	return o
}

// loading is one run of Load.
type loading struct {
	opt         LoadOptions
	start       time.Time
	sum         Summary
	unavailable int // letters in a row the store was unavailable for

	mu       sync.Mutex // guards progress and the counts it reports
	progress struct {
		fn   func(Progress)
		last time.Time
		p    Progress
	}
}

// ReviewItem is a signatory the parser is unsure of: where it is and why.
type ReviewItem struct {
	File      string
	Line      int
	Signatory string // as read: "Name, Title, Organization"
	Reason    string
}

func (r ReviewItem) String() string {
	return fmt.Sprintf("%s:%d: %s (%s)", r.File, r.Line, r.Signatory, r.Reason)
}

// reviewItems collects the flagged signatories of a letter.
func reviewItems(out []ReviewItem, file string, l *graph.Letter) []ReviewItem {
	for _, s := range l.Signatories {
		if Flagged(s) {
			out = append(out, ReviewItem{File: file, Line: s.Line, Signatory: joinParts([]string{s.Name, s.Title, s.Organization}), Reason: s.Reason})
		}
	}
	return out
}

// letterFile is a letter and the file it came from.
type letterFile struct {
	file   string
	letter *graph.Letter
}

// A load resolves names across every letter (an acronym printed in one
// letter resolves a bare name in another) before it writes the first, in
// two passes. The first reads every file and keeps only the letters'
// names (LetterNames), putting the letters aside on disk (spill); the
// names are resolved; the second takes the letters back in batches and
// writes each with its resolved names. Holding every letter in memory
// instead took 4 GB at 100,000 letters.
func (ld *loading) run(ctx context.Context, w Writer, paths []string) (Summary, error) {
	ld.sum.DryRun = ld.opt.DryRun
	if len(paths) == 0 {
		return ld.sum, errors.New("load: no files or folders given")
	}
	var aliases *Aliases
	if ld.opt.Aliases != "" {
		a, err := ReadAliases(ld.opt.Aliases)
		if err != nil {
			return ld.sum, fmt.Errorf("load: %w", err)
		}
		aliases = a
	}
	if ld.opt.Decisions != nil {
		if aliases == nil {
			aliases = ld.opt.Decisions
		} else if err := aliases.Add(ld.opt.Decisions); err != nil {
			return ld.sum, fmt.Errorf("load: %s and the graph's merge decisions: %w", ld.opt.Aliases, err)
		}
	}
	if aliases != nil {
		ld.opt.KnownOrganizations = append(ld.opt.KnownOrganizations, aliases.OrganizationNames()...)
	}
	files := ld.findFiles(paths)
	if err := ld.knownOutside(ctx, files); err != nil {
		return ld.sum, err
	}
	ld.opt.known = NewOrganizationIndex(ld.opt.KnownOrganizations)
	var aside *spill
	if !ld.opt.DryRun {
		var err error
		if aside, err = newSpill(); err != nil {
			return ld.sum, err
		}
		defer aside.close()
	}
	names, err := ld.readNames(ctx, files, aside)
	if err != nil {
		return ld.sum, err
	}
	res := NewResolver(aliases)
	res.ResolveNames(names)
	ld.count(res, names)
	if ld.opt.DryRun {
		return ld.sum, nil
	}
	names = nil // the second pass needs the resolver, not the names
	return ld.sum, ld.writeAll(ctx, w, res, aside)
}

// readNames is the first pass: it reads every file, keeps the names of its
// letters and puts the letters aside (unless aside is nil), the first of
// letters with the same content only (a file copied into two folders is
// one letter). Letters wait in batches for their saved corrections (one
// lookup per batch), so a corrected letter is named, and loaded, as the
// analyst left it.
func (ld *loading) readNames(ctx context.Context, files []string, aside *spill) (*LetterNames, error) {
	names := &LetterNames{}
	first := map[string]string{}
	var pending []letterFile
	keep := func() error {
		n, err := applyCorrections(ctx, ld.opt.Corrections, pending)
		if err != nil {
			return err
		}
		ld.sum.Corrected += n
		for _, lf := range pending {
			ld.sum.Review = reviewItems(ld.sum.Review, lf.file, lf.letter)
			names.Add(lf.letter)
			if aside != nil {
				if err := aside.put(lf); err != nil {
					return err
				}
			}
		}
		pending = pending[:0]
		return nil
	}
	err := ld.readFiles(ctx, files, func(f int, letters []*graph.Letter, err error) error {
		ld.sum.Files++
		ld.fileRead(len(letters), err != nil)
		if err != nil {
			ld.sum.Failed = append(ld.sum.Failed, issueOf(files[f], err))
			return nil
		}
		for _, l := range letters {
			if file, ok := first[l.SHA256]; ok {
				ld.sum.Skipped = append(ld.sum.Skipped, Issue{File: files[f], Letter: l.ID, Reason: "same letter as " + file})
				continue
			}
			first[l.SHA256] = files[f]
			pending = append(pending, letterFile{files[f], l})
		}
		if len(pending) >= correctionBatch {
			return keep()
		}
		return nil
	})
	if err == nil {
		err = keep()
	}
	ld.sum.Letters = names.Len()
	return names, err
}

// correctionBatch is how many letters share one lookup of corrections.
const correctionBatch = 1000

// inputFormats maps file extensions to readers; no extension is plain text.
var inputFormats = map[string]string{"": "text", ".txt": "text", ".text": "text", ".json": "json", ".csv": "csv", ".pdf": "pdf"}

func formatOf(path string) (string, bool) {
	f, ok := inputFormats[strings.ToLower(filepath.Ext(path))]
	return f, ok
}

// findFiles expands folders into the files to read, in name order.
func (ld *loading) findFiles(paths []string) []string {
	var files []string
	for _, p := range paths {
		info, err := os.Stat(p)
		switch {
		case err != nil:
			ld.fail(Issue{File: p, Reason: "cannot read: " + pathProblem(err)})
		case info.IsDir():
			files = ld.walk(p, files)
		default:
			files = ld.keepSupported(p, files)
		}
	}
	return files
}

func (ld *loading) walk(dir string, files []string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		ld.fail(Issue{File: dir, Reason: "cannot read folder: " + pathProblem(err)})
		return files
	}
	for _, e := range entries { // ReadDir sorts by name
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		switch {
		case e.IsDir():
			files = ld.walk(path, files)
		case e.Type()&fs.ModeSymlink != 0:
			files = ld.followLink(path, files)
		default:
			files = ld.keepSupported(path, files)
		}
	}
	return files
}

// followLink reads a linked file; a linked folder is not walked, since
// links can loop.
func (ld *loading) followLink(path string, files []string) []string {
	info, err := os.Stat(path)
	switch {
	case err != nil:
		ld.fail(Issue{File: path, Reason: "cannot read: " + pathProblem(err)})
	case info.IsDir():
		ld.sum.Skipped = append(ld.sum.Skipped, Issue{File: path, Reason: "link to a folder, not followed"})
	default:
		files = ld.keepSupported(path, files)
	}
	return files
}

func (ld *loading) keepSupported(path string, files []string) []string {
	if _, ok := formatOf(path); !ok {
		ld.sum.Skipped = append(ld.sum.Skipped, Issue{File: path,
			Reason: fmt.Sprintf("unsupported file type %q (want .txt, .json, .csv or .pdf)", filepath.Ext(path))})
		return files
	}
	return append(files, path)
}

// pathProblem says why a path cannot be read, without repeating the path.
func pathProblem(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file (or a broken link)"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

// readFiles reads and parses files in parallel (pdftotext and parsing are
// the slow part) and calls fn with each file's letters, or its error, in
// file order, f being the file's index. A few files per core are read
// ahead of fn, no more, so the letters held stay few. It stops at fn's
// first error, or when ctx is done.
func (ld *loading) readFiles(ctx context.Context, files []string, fn func(f int, letters []*graph.Letter, err error) error) error {
	type read struct {
		letters []*graph.Letter
		err     error
	}
	workers := runtime.GOMAXPROCS(0)
	inner, stop := context.WithCancel(ctx)
	defer stop()
	pending := make(chan chan read, 4*workers) // in file order, each answered once
	busy := make(chan struct{}, workers)
	var wg sync.WaitGroup
	go func() {
		defer close(pending)
		for _, file := range files {
			c := make(chan read, 1)
			select {
			case pending <- c:
			case <-inner.Done():
				return
			}
			select {
			case busy <- struct{}{}:
			case <-inner.Done():
				c <- read{err: inner.Err()}
				return
			}
			wg.Go(func() {
				defer func() { <-busy }()
				letters, err := readGuarded(inner, file, ld.opt)
				c <- read{letters, err}
			})
		}
	}()
	var err error
	f := 0
	for c := range pending {
		r := <-c
		if err == nil {
			if err = ctx.Err(); err == nil {
				err = fn(f, r.letters, r.err)
			}
			if err != nil {
				stop()
			}
		}
		f++
	}
	wg.Wait()
	if err == nil {
		err = ctx.Err()
	}
	return err
}

// readGuarded is ReadFile for a load of many files: a parser bug that
// panics on one file fails that file, not the load.
func readGuarded(ctx context.Context, file string, opt LoadOptions) (letters []*graph.Letter, err error) {
	defer func() {
		if p := recover(); p != nil {
			letters, err = nil, &ParseError{File: file, Msg: fmt.Sprintf("the parser failed on this file (a bug; please report it): %v", p)}
		}
	}()
	return ReadFile(ctx, file, opt)
}

// issueOf turns a read error into an Issue, with the line when the error
// has one.
func issueOf(file string, err error) Issue {
	var pe *ParseError
	if errors.As(err, &pe) {
		if pe.File != "" {
			file = pe.File
		}
		return Issue{File: file, Line: pe.Line, Reason: pe.Msg}
	}
	return Issue{File: file, Reason: err.Error()}
}

// count fills the summary's counts: entities from the resolver, signatures
// and offices from each letter's resolved names.
func (ld *loading) count(res *Resolver, names *LetterNames) {
	ld.sum.People = len(res.People())
	ld.sum.Organizations = len(res.Organizations())
	ld.sum.Merges, ld.sum.Splits, ld.sum.Candidates = res.Merges(), res.Splits(), res.Candidates()
	offices := map[string]bool{}
	for i := range names.Len() {
		li := res.Import(i, names.letter(i))
		ld.sum.Signatures += len(li.Signatures)
		for _, a := range li.Addressees {
			if a.Label == "Office" {
				offices[a.ID] = true
			}
		}
	}
	ld.sum.Offices = len(offices)
}

// writeAll is the second pass: it takes the letters back from aside,
// resolves each letter's names (res) and writes them in batches, taking
// the next batch back while one is written; then the roles of every letter
// the graph holds.
func (ld *loading) writeAll(ctx context.Context, w Writer, res *Resolver, aside *spill) error {
	if err := aside.rewind(); err != nil {
		return err
	}
	type batch struct {
		letters []letterFile
		imports []graph.LetterImport
		err     error
	}
	batches := make(chan batch, 1)
	inner, stop := context.WithCancel(ctx)
	defer func() { // the reader ends before the spill closes
		stop()
		for range batches {
		}
	}()
	go func() {
		defer close(batches)
		var b batch
		for i := 0; ; i++ {
			lf, err := aside.next()
			if err == io.EOF && len(b.letters) == 0 {
				return
			}
			if err != nil && err != io.EOF {
				b.err = err
			} else if err == nil {
				b.letters, b.imports = append(b.letters, lf), append(b.imports, res.Import(i, lf.letter))
				if len(b.letters) < ld.opt.BatchSize {
					continue
				}
			}
			select {
			case batches <- b:
			case <-inner.Done():
				return
			}
			if err != nil {
				return
			}
			b = batch{}
		}
	}()
	var roles graph.RoleSet
	for b := range batches {
		if b.err != nil {
			return b.err
		}
		if err := ld.writeBatch(ctx, w, b.letters, b.imports, &roles); err != nil {
			return err
		}
	}
	// Also for unchanged letters: a load stopped between its last batch
	// and this step has its roles written by the next.
	_, err := w.WriteRoleSet(ctx, &roles)
	return err
}

// writeBatch writes a batch in one transaction; when that fails its
// letters are retried one by one: one bad letter never costs the others.
// The letters written, or found already in the graph, have their roles
// gathered.
func (ld *loading) writeBatch(ctx context.Context, w Writer, letters []letterFile, imports []graph.LetterImport, roles *graph.RoleSet) error {
	res, err := w.WriteLetters(ctx, imports)
	if err == nil {
		ld.written(res)
		roles.Add(inGraph(imports, res))
		return nil
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	for i := range imports {
		if err := ld.writeOne(ctx, w, letters[i], imports[i], len(imports) == 1, err, roles); err != nil {
			return err
		}
	}
	return nil
}

// inGraph returns the letters a write put in the graph or found there.
func inGraph(imports []graph.LetterImport, res graph.WriteResult) []graph.LetterImport {
	ok := make(map[string]bool, len(res.New)+len(res.Unchanged))
	for _, ids := range [][]string{res.New, res.Unchanged} {
		for _, id := range ids {
			ok[id] = true
		}
	}
	var out []graph.LetterImport
	for _, li := range imports {
		if ok[li.Letter.ID] {
			out = append(out, li)
		}
	}
	return out
}

// unavailableLimit is how many letters in a row may fail with the store
// unavailable before the load stops. One such failure may be a letter too
// big to write in time; three in a row is a store that is down.
const unavailableLimit = 3

// writeOne writes a letter alone (unless it was alone in its batch, whose
// error it takes) and records it as failed if it cannot be written.
func (ld *loading) writeOne(ctx context.Context, w Writer, lf letterFile, li graph.LetterImport, tried bool, err error, roles *graph.RoleSet) error {
	if !tried {
		var res graph.WriteResult
		if res, err = w.WriteLetters(ctx, []graph.LetterImport{li}); err == nil {
			ld.unavailable = 0
			ld.written(res)
			roles.Add(inGraph([]graph.LetterImport{li}, res))
			return nil
		}
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	ld.fail(Issue{File: lf.file, Letter: li.Letter.ID, Reason: "not written: " + err.Error()})
	if graph.ErrorCode(err) != graph.EUNAVAILABLE {
		ld.unavailable = 0
		return nil
	}
	if ld.unavailable++; ld.unavailable >= unavailableLimit {
		return fmt.Errorf("load: %d letters in a row not written, stopping: %w", ld.unavailable, err)
	}
	return nil
}

func (ld *loading) written(res graph.WriteResult) {
	ld.mu.Lock()
	ld.sum.New = append(ld.sum.New, res.New...)
	ld.sum.Unchanged = append(ld.sum.Unchanged, res.Unchanged...)
	ld.progress.p.Written += len(res.New) + len(res.Unchanged)
	ld.mu.Unlock()
	ld.report(false)
}

func (ld *loading) fail(i Issue) {
	ld.mu.Lock()
	ld.sum.Failed = append(ld.sum.Failed, i)
	ld.progress.p.Failed++
	ld.mu.Unlock()
	ld.report(false)
}

func (ld *loading) fileRead(letters int, failed bool) {
	ld.mu.Lock()
	ld.progress.p.Files++
	ld.progress.p.Letters += letters
	if failed {
		ld.progress.p.Failed++
	}
	ld.mu.Unlock()
	ld.report(false)
}

// report calls the Progress func at most every 100ms, and always at the end.
func (ld *loading) report(final bool) {
	ld.mu.Lock()
	defer ld.mu.Unlock()
	pr := &ld.progress
	if pr.fn == nil || (!final && time.Since(pr.last) < 100*time.Millisecond) {
		return
	}
	pr.last = time.Now()
	p := pr.p
	p.Elapsed = time.Since(ld.start)
	pr.fn(p)
}

// ReadFile reads the letters of one file by its extension: plain text (.txt,
// .text or none), .json, .csv (many letters) or .pdf. The file must be a
// regular file within opt.MaxFileBytes, and text must be UTF-8; errors name
// the file, and the line where there is one.
func ReadFile(ctx context.Context, path string, opt LoadOptions) ([]*graph.Letter, error) {
	opt = opt.withDefaults()
	format, ok := formatOf(path)
	if !ok {
		return nil, &ParseError{File: path, Msg: fmt.Sprintf("unsupported file type %q", filepath.Ext(path))}
	}
	if err := checkFile(path, format, opt.MaxFileBytes); err != nil {
		return nil, err
	}
	letters, err := readFormat(ctx, path, format, opt)
	if err != nil {
		return nil, err
	}
	for _, l := range letters {
		if l.Source == "" {
			l.Source = path
		}
		if len(l.Signatories) == 0 {
			return nil, &ParseError{File: path, Msg: "no signatures found"}
		}
		SetIdentity(l)
	}
	return letters, nil
}

// checkFile refuses what cannot be a letter before reading a byte of it.
func checkFile(path, format string, maxBytes int64) error {
	info, err := os.Stat(path)
	if err != nil {
		return &ParseError{File: path, Msg: "cannot read: " + pathProblem(err)}
	}
	if !info.Mode().IsRegular() {
		// Opening a named pipe would block; a folder named x.txt is no letter.
		return &ParseError{File: path, Msg: fmt.Sprintf("not a regular file (%s)", kindOfFile(info.Mode()))}
	}
	if format == "text" || format == "json" {
		maxBytes = min(maxBytes, int64(MaxLetterBytes))
	}
	if info.Size() > maxBytes {
		return &ParseError{File: path, Msg: fmt.Sprintf("file is %s, over the %s limit", byteSize(info.Size()), byteSize(maxBytes))}
	}
	if info.Size() == 0 {
		return &ParseError{File: path, Msg: "empty file"}
	}
	return nil
}

func kindOfFile(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return m.Type().String()
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

func readFormat(ctx context.Context, path, format string, opt LoadOptions) ([]*graph.Letter, error) {
	if format == "pdf" {
		if ok, err := isPDF(path); err != nil || !ok {
			return nil, &ParseError{File: path, Msg: "not a PDF (no %PDF header)"}
		}
		l, err := ReadPDF(ctx, path, opt.parseOptions())
		return []*graph.Letter{l}, err
	}
	data, err := readBytes(path, opt.MaxFileBytes)
	if err != nil {
		return nil, err
	}
	if format == "csv" {
		return ReadCSV(path, bytes.NewReader(data)) // checks its text row by row
	}
	if err := checkText(path, data); err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if format == "json" {
		l, err := ReadJSON(path, data)
		return []*graph.Letter{l}, err
	}
	l, err := ParseWith(path, lineBreaks.Replace(string(data)), opt.parseOptions())
	return []*graph.Letter{l}, err
}

// parseOptions gives the parser the organizations known before the load.
func (o LoadOptions) parseOptions() Options {
	if o.known == nil {
		return Options{KnownOrganizations: o.KnownOrganizations}
	}
	return Options{Organizations: o.known}
}

// lineBreaks makes every line end in \n, keeping the line count editors show.
var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// readBytes reads at most maxBytes: the file may have grown since it was
// checked.
func readBytes(path string, maxBytes int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &ParseError{File: path, Msg: "cannot read: " + pathProblem(err)}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxBytes+1))
	if err != nil {
		return nil, &ParseError{File: path, Msg: "cannot read: " + pathProblem(err)}
	}
	if int64(len(data)) > maxBytes {
		return nil, &ParseError{File: path, Msg: fmt.Sprintf("file is over the %s limit", byteSize(maxBytes))}
	}
	return data, nil
}
