package edit

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
)

// MaxUploadBytes bounds a dropped file.
const MaxUploadBytes = 8 << 20

// formats are the kinds of file a letter can be dropped as.
var formats = map[string]string{".txt": "text", ".text": "text", "": "text", ".pdf": "pdf", ".json": "json", ".csv": "csv"}

// Parse reads an upload the way `coalition load` reads a file, and returns
// the draft for the analyst to check. Nothing is written.
func (s *Service) Parse(ctx context.Context, u graph.Upload) (*graph.ParsedLetter, error) {
	letter, format, err := s.read(ctx, u)
	if err != nil {
		return nil, err
	}
	out := &graph.ParsedLetter{Draft: loader.DraftOf(letter), Format: format}
	existing, err := s.store.LettersByID(ctx, []string{letter.ID})
	if err != nil {
		return nil, err
	}
	out.Existing = existing[letter.ID]
	return out, nil
}

func (s *Service) read(ctx context.Context, u graph.Upload) (*graph.Letter, string, error) {
	known, err := s.store.OrganizationNames(ctx)
	if err != nil {
		return nil, "", err
	}
	if len(u.Data) == 0 {
		if strings.TrimSpace(u.Text) == "" {
			return nil, "", graph.Errorf(graph.EINVALID, "paste the letter's text or drop its file")
		}
		if len(u.Text) > graph.MaxTextBytes {
			return nil, "", graph.Errorf(graph.EINVALID, "the text is %d bytes; at most %d", len(u.Text), graph.MaxTextBytes)
		}
		l, err := loader.ParseWith(orDefault(u.Filename, "pasted letter"), u.Text, loader.Options{KnownOrganizations: known})
		if err != nil {
			return nil, "", invalid(err, "")
		}
		if len(l.Signatories) == 0 {
			return nil, "", graph.Errorf(graph.EINVALID, "no signatures found in the text: is the signature block there?")
		}
		loader.SetIdentity(l)
		return l, "text", nil
	}
	return s.readFile(ctx, u, known)
}

// readFile writes a dropped file to a private folder under its own base
// name, so errors name it, and reads it as a load would.
func (s *Service) readFile(ctx context.Context, u graph.Upload, known []string) (*graph.Letter, string, error) {
	if len(u.Data) > MaxUploadBytes {
		return nil, "", graph.Errorf(graph.EINVALID, "the file is %d bytes; at most %d", len(u.Data), MaxUploadBytes)
	}
	name := safeName(u.Filename)
	format, ok := formats[strings.ToLower(filepath.Ext(name))]
	if !ok {
		return nil, "", graph.Errorf(graph.EINVALID, "%s: unsupported file type; drop a .txt, .pdf, .json or .csv file", name)
	}
	dir, err := os.MkdirTemp("", "coalition-upload-")
	if err != nil {
		return nil, "", fmt.Errorf("upload: %w", err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, u.Data, 0o600); err != nil {
		return nil, "", fmt.Errorf("upload: %w", err)
	}
	letters, err := loader.ReadFile(ctx, path, loader.LoadOptions{KnownOrganizations: known})
	if err != nil {
		return nil, "", invalid(err, dir+string(filepath.Separator))
	}
	if len(letters) != 1 {
		return nil, "", graph.Errorf(graph.EINVALID, "%s holds %d letters; add one at a time here, or load the file with `coalition load`", name, len(letters))
	}
	l := letters[0]
	l.Source = name
	return l, format, nil
}

// invalid turns a parse error into one the analyst can act on, without the
// server's temporary folder in it.
func invalid(err error, dir string) error {
	var pe *loader.ParseError
	if !errors.As(err, &pe) {
		return err
	}
	msg := err.Error()
	if dir != "" {
		msg = strings.ReplaceAll(msg, dir, "")
	}
	return graph.Errorf(graph.EINVALID, "%s", msg)
}

var unsafeChars = regexp.MustCompile(`[^A-Za-z0-9._ -]+`)

// safeName keeps a file name's base, in plain characters.
func safeName(name string) string {
	name = filepath.Base(strings.ReplaceAll(name, `\`, "/"))
	name = strings.TrimLeft(unsafeChars.ReplaceAllString(name, "_"), ".")
	if len(name) > 120 {
		ext := filepath.Ext(name)
		name = name[:120-len(ext)] + ext
	}
	if name == "" || name == "_" {
		return "letter.txt"
	}
	return name
}

func orDefault(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}
