package loader

import (
	"bufio"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/coalition-graph/coalition/graph"
)

// spill keeps a load's letters on disk between its two passes, in the
// order they were read: names are resolved across every letter before the
// first is written, and the letters themselves, held in memory, took 4 GB
// at 100,000. Reading them back is far cheaper than parsing them again,
// and gives the second pass exactly the letters the first resolved. The
// file is unnamed (removed once open), so a load that is killed leaves
// nothing behind.
type spill struct {
	f   *os.File
	buf *bufio.Writer
	enc *gob.Encoder
	dec *gob.Decoder
	n   int // letters put
}

// spilled is one letter in the spill.
type spilled struct {
	File   string
	Letter *graph.Letter
}

func newSpill() (*spill, error) {
	f, err := os.CreateTemp("", "coalition-load-*")
	if err != nil {
		return nil, fmt.Errorf("load: a file for the letters read: %w", err)
	}
	if err := os.Remove(f.Name()); err != nil {
		f.Close()
		return nil, fmt.Errorf("load: a file for the letters read: %w", err)
	}
	s := &spill{f: f, buf: bufio.NewWriterSize(f, 1<<20)}
	s.enc = gob.NewEncoder(s.buf)
	return s, nil
}

func (s *spill) put(lf letterFile) error {
	s.n++
	if err := s.enc.Encode(spilled{lf.file, lf.letter}); err != nil {
		return fmt.Errorf("load: keep the letters read: %w", err)
	}
	return nil
}

// rewind ends putting; next then gives the letters in order.
func (s *spill) rewind() error {
	if err := s.buf.Flush(); err != nil {
		return fmt.Errorf("load: keep the letters read: %w", err)
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("load: read the letters again: %w", err)
	}
	s.dec = gob.NewDecoder(bufio.NewReaderSize(s.f, 1<<20))
	return nil
}

// next returns the next letter, or io.EOF after the last.
func (s *spill) next() (letterFile, error) {
	var sp spilled
	if err := s.dec.Decode(&sp); err != nil {
		if errors.Is(err, io.EOF) {
			return letterFile{}, io.EOF
		}
		return letterFile{}, fmt.Errorf("load: read the letters again: %w", err)
	}
	return letterFile{sp.File, sp.Letter}, nil
}

func (s *spill) close() { s.f.Close() }
