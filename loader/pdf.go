package loader

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"

	"github.com/coalition-graph/coalition/graph"
)

// A PDF letter is turned into text by poppler's pdftotext, then read by the
// plain-text parser. -layout keeps each printed line on one line, which is
// what the parser's signature blocks need.

// pdfToText is the program that extracts a PDF's text.
const pdfToText = "pdftotext"

// ReadPDF reads a letter from a PDF file.
func ReadPDF(ctx context.Context, path string, opt Options) (*graph.Letter, error) {
	text, err := PDFText(ctx, path)
	if err != nil {
		return nil, err
	}
	l, err := ParseWith(path, text, opt)
	if err != nil {
		return nil, err
	}
	return l, nil
}

// PDFText returns the text of a PDF file, page breaks as blank lines. It
// fails with the name of the missing tool and its package when pdftotext is
// not installed.
func PDFText(ctx context.Context, path string) (string, error) {
	tool, err := exec.LookPath(pdfToText)
	if err != nil {
		return "", &ParseError{File: path, Msg: "pdftotext not found: install poppler-utils (apt-get install poppler-utils)"}
	}
	out := &cappedBuffer{limit: MaxLetterBytes}
	var stderr cappedBuffer
	stderr.limit = 4096
	cmd := exec.CommandContext(ctx, tool, "-layout", "-enc", "UTF-8", path, "-")
	cmd.Stdout, cmd.Stderr = out, &stderr
	if err := cmd.Run(); err != nil {
		switch {
		case ctx.Err() != nil:
			return "", ctx.Err()
		case out.full:
			return "", &ParseError{File: path, Msg: fmt.Sprintf("the PDF's text is over %d bytes", MaxLetterBytes)}
		}
		return "", &ParseError{File: path, Msg: "pdftotext: " + pdfToTextProblem(stderr.String(), err)}
	}
	text := strings.ReplaceAll(out.String(), "\f", "\n")
	if strings.TrimSpace(text) == "" {
		return "", &ParseError{File: path, Msg: "the PDF has no text (a scanned image? run OCR first)"}
	}
	return text, nil
}

// pdfToTextProblem says in one line why pdftotext failed.
func pdfToTextProblem(stderr string, err error) string {
	for _, line := range strings.Split(stderr, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			return line
		}
	}
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return "exit status " + fmt.Sprint(exit.ExitCode())
	}
	return err.Error()
}

// cappedBuffer takes at most limit bytes, then fails the write so the
// program writing to it stops early.
type cappedBuffer struct {
	bytes.Buffer
	limit int
	full  bool
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	if b.Len()+len(p) > b.limit {
		b.full = true
		return 0, errors.New("output too large")
	}
	return b.Buffer.Write(p)
}

// isPDF reports whether a file starts like a PDF, so a mislabeled file gets
// a clear error rather than pdftotext's.
func isPDF(path string) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	head := make([]byte, 1024)
	n, _ := f.Read(head)
	return bytes.Contains(head[:n], []byte("%PDF-")), nil
}
