package loader_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coalition-graph/coalition/loader"
)

func TestReadPDF(t *testing.T) {
	seed, err := os.ReadFile("testdata/000_seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "seed.pdf")
	writeTextPDF(t, path, strings.Split(string(seed), "\n"))
	if _, err := exec.LookPath("pdftotext"); err != nil {
		// Without the tool the error must say what to install; CI must have it.
		_, err := loader.ReadPDF(context.Background(), path, loader.Options{})
		if err == nil || !strings.Contains(err.Error(), "pdftotext not found: install poppler-utils") {
			t.Errorf("err = %v, want pdftotext not found: install poppler-utils", err)
		}
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftotext is not installed; CI needs poppler-utils")
		}
		return
	}
	l, err := loader.ReadPDF(context.Background(), path, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(l.Signatories); got != 18 {
		t.Errorf("%d signatories, want 18", got)
	}
	if l.Date != "2019-02-08" {
		t.Errorf("date = %q, want 2019-02-08", l.Date)
	}
	first, last := l.Signatories[0], l.Signatories[len(l.Signatories)-1]
	if first.Name != "Mark Bromley" || last.Name != "Kerry Kennedy" || last.Organization != "Robert F. Kennedy Human Rights" {
		t.Errorf("first, last signatory = %+v, %+v", first, last)
	}
}

func TestPDFText(t *testing.T) {
	t.Run("ErrNoTool", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		_, err := loader.PDFText(context.Background(), "letter.pdf")
		var pe *loader.ParseError
		if !errors.As(err, &pe) || pe.File != "letter.pdf" || pe.Msg != "pdftotext not found: install poppler-utils (apt-get install poppler-utils)" {
			t.Errorf("err = %v, want letter.pdf: pdftotext not found: install poppler-utils ...", err)
		}
	})
	t.Run("ErrBroken", func(t *testing.T) {
		if _, err := exec.LookPath("pdftotext"); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatal("pdftotext is not installed; CI needs poppler-utils")
			}
			return // the missing tool's error is checked above
		}
		path := filepath.Join(t.TempDir(), "broken.pdf")
		if err := os.WriteFile(path, []byte("%PDF-1.4\nnot really a PDF\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := loader.PDFText(context.Background(), path)
		if err == nil || !strings.HasPrefix(err.Error(), path+": pdftotext: ") {
			t.Errorf("err = %v, want %s: pdftotext: ...", err, path)
		}
	})
}

// writeTextPDF writes a minimal PDF showing lines in Courier, one PDF line
// per text line, across two pages (split at a blank line past the middle),
// so pdftotext has a page break to cope with.
func writeTextPDF(t *testing.T, path string, lines []string) {
	t.Helper()
	split := len(lines) / 2
	for split < len(lines) && strings.TrimSpace(lines[split]) != "" {
		split++
	}
	pages := [][]string{lines[:split], lines[split:]}
	const size, leading, margin = 10, 12, 36
	width := 0
	for _, l := range lines {
		width = max(width, len([]rune(l)))
	}
	w, h := 2*margin+width*size*6/10, 2*margin+len(pages[0])*leading

	var objs []string
	objs = append(objs, "<< /Type /Catalog /Pages 2 0 R >>")
	objs = append(objs, fmt.Sprintf("<< /Type /Pages /Kids [3 0 R 4 0 R] /Count %d >>", len(pages)))
	for i := range pages {
		objs = append(objs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 5 0 R >> >> /Contents %d 0 R >>", w, h, 6+i))
	}
	objs = append(objs, "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>")
	for _, page := range pages {
		var c strings.Builder
		fmt.Fprintf(&c, "BT /F1 %d Tf %d TL %d %d Td\n", size, leading, margin, h-margin)
		for _, l := range page {
			c.WriteString("(" + pdfString(l) + ") Tj T*\n")
		}
		c.WriteString("ET")
		objs = append(objs, fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", c.Len(), c.String()))
	}

	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// winAnsi maps the non-ASCII characters letters use to WinAnsiEncoding.
var winAnsi = map[rune]byte{'€': 0x80, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97}

// pdfString escapes a line for a PDF string literal in WinAnsiEncoding.
func pdfString(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '(' || r == ')' || r == '\\':
			b.WriteString("\\" + string(r))
		case r >= 0x20 && r < 0x7f:
			b.WriteRune(r)
		case winAnsi[r] != 0:
			fmt.Fprintf(&b, "\\%03o", winAnsi[r])
		case r >= 0xa0 && r <= 0xff:
			fmt.Fprintf(&b, "\\%03o", r)
		case r == '\t':
			b.WriteString("    ")
		case r != '\r':
			b.WriteByte('?')
		}
	}
	return b.String()
}
