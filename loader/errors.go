package loader

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"
)

// MaxLetterBytes is the largest letter Parse accepts. Real letters, even
// with hundreds of signers, are a few hundred kilobytes; anything bigger is
// almost certainly the wrong file.
const MaxLetterBytes = 10 << 20

// ParseError is a letter the parser cannot read, with the file and (when
// known) the 1-based line of the problem.
type ParseError struct {
	File string
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

func errorf(file string, line int, format string, args ...any) *ParseError {
	return &ParseError{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// readLimited reads r but refuses more than MaxLetterBytes.
func readLimited(name string, r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxLetterBytes+1))
	if err != nil {
		return nil, &ParseError{File: name, Msg: "read: " + err.Error()}
	}
	if len(b) > MaxLetterBytes {
		return nil, tooLarge(name)
	}
	return b, nil
}

func tooLarge(name string) *ParseError {
	return errorf(name, 0, "letter is larger than %d MB; refusing to parse", MaxLetterBytes>>20)
}

// checkText rejects input that is not a text letter: empty, binary or not
// UTF-8. It reports the line of the first offending byte.
func checkText(name string, b []byte) error {
	if len(b) > MaxLetterBytes {
		return tooLarge(name)
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")))) == 0 {
		return errorf(name, 0, "empty letter")
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return errorf(name, lineAt(b, i), "binary content (NUL byte); not a text letter")
	}
	if !utf8.Valid(b) {
		return errorf(name, lineAt(b, firstInvalidUTF8(b)), "invalid UTF-8")
	}
	if ctl, n := controlRunes(b); ctl*10 > n {
		return errorf(name, 0, "binary content (%d of %d characters are control codes); not a text letter", ctl, n)
	}
	return nil
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// controlRunes counts control characters other than ordinary white space.
func controlRunes(b []byte) (ctl, n int) {
	for _, r := range string(b) {
		n++
		if (r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != '\v') || r == 0x7f {
			ctl++
		}
	}
	return ctl, n
}

// lineAt is the 1-based line holding byte offset i.
func lineAt(b []byte, i int) int {
	if i > len(b) {
		i = len(b)
	}
	return bytes.Count(b[:i], []byte("\n")) + 1
}
