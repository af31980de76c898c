package loader_test

import (
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/coalition-graph/coalition/loader"
)

const okLetter = "May 1, 2020\n\nDear Senator:\n\nWe urge you to support the bill because it protects the rights of workers in every state of the union.\n\nSincerely,\n\nJane Doe\nExecutive Director\nFriends of the Earth\n"

func TestParse_Errors(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		wantLine int
		wantMsg  string
	}{
		{"empty", "", 0, "empty letter"},
		{"blank", " \n\n\t \n", 0, "empty letter"},
		{"nul", "Dear Sir:\nline two\nbad\x00byte\n", 3, "binary content"},
		{"control", strings.Repeat("\x01\x02\x03ab", 50), 0, "binary content"},
		{"utf8", "Dear Sir:\nfine\nnot \xff\xfe utf-8\n", 3, "invalid UTF-8"},
		{"nosig", "May 1, 2020\n\nDear Senator:\n\nWe urge you to support the bill because it protects the rights of workers everywhere.\n\nSincerely,\n", 7, "no signatures found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loader.ParseText(tt.name+".txt", tt.in)
			var pe *loader.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v; want a *ParseError", err)
			}
			if pe.File != tt.name+".txt" || pe.Line != tt.wantLine || !strings.Contains(pe.Msg, tt.wantMsg) {
				t.Errorf("err = %+v; want file %q, line %d, message with %q", pe, tt.name+".txt", tt.wantLine, tt.wantMsg)
			}
			prefix := tt.name + ".txt: "
			if tt.wantLine > 0 {
				prefix = tt.name + ".txt:" + strconv.Itoa(tt.wantLine) + ": "
			}
			if !strings.HasPrefix(err.Error(), prefix) {
				t.Errorf("Error() = %q; want prefix %q", err.Error(), prefix)
			}
		})
	}
}

// endless yields an unbounded letter-like stream.
type endless struct{}

func (endless) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = "Dear Sir,\n"[i%10]
	}
	return len(b), nil
}

func TestParse_TooLarge(t *testing.T) {
	_, err := loader.Parse("big.txt", io.LimitReader(endless{}, loader.MaxLetterBytes+1))
	var pe *loader.ParseError
	if !errors.As(err, &pe) || !strings.Contains(pe.Msg, "larger than 10 MB") || pe.File != "big.txt" {
		t.Fatalf("Parse: err = %v; want a too-large ParseError", err)
	}
	_, err = loader.ParseText("big.txt", strings.Repeat("x", loader.MaxLetterBytes+1))
	if !errors.As(err, &pe) || !strings.Contains(pe.Msg, "larger than 10 MB") {
		t.Fatalf("ParseText: err = %v; want a too-large ParseError", err)
	}
}

func TestParse_Reader(t *testing.T) {
	l, err := loader.Parse("ok.txt", strings.NewReader(okLetter))
	if err != nil {
		t.Fatal(err)
	}
	if l.Source != "ok.txt" || l.Text != okLetter || len(l.Signatories) != 1 {
		t.Errorf("letter = %+v", l)
	}
}
