package loader

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/coalition-graph/coalition/graph"
)

// A JSON letter has the shape of the answer files in the letters corpus:
//
//	{"source_url": "https://...", "date": "2019-02-08", "title": "...",
//	 "salutation": "Dear President Trump:",
//	 "recipients": [{"name": "...", "honorific": "...", "title": "...", "organization": "...", "address": "..."}],
//	 "cc": [...],
//	 "signatories": [{"name": "...", "honorific": "...", "title": "...", "organization": "...",
//	                  "affiliations": ["..."], "address": "..."}]}
//
// Every field but "signatories" may be missing or null; "body", "asks" and
// "closing" are read when present, and the answer files' metadata ("layout",
// "partial", "notes") is ignored. Any other field is an error, so a misspelt
// one is not silently lost.

type jsonParty struct {
	Name         string   `json:"name"`
	Honorific    string   `json:"honorific"`
	Title        string   `json:"title"`
	Organization string   `json:"organization"`
	Address      string   `json:"address"`
	Affiliations []string `json:"affiliations"`
}

// ReadJSON reads one JSON letter; name is the file name errors report, with
// the line the problem is on.
func ReadJSON(name string, data []byte) (*graph.Letter, error) {
	r := &jsonReader{name: name, data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	r.dec.DisallowUnknownFields()
	l, err := r.letter()
	if err != nil {
		return nil, err
	}
	if l.Source == "" {
		l.Source = name
	}
	return l, nil
}

type jsonReader struct {
	name string
	data []byte
	dec  *json.Decoder
	// seenOff and seenLine remember the last offset turned into a line, so
	// lines are counted forward once, not from the start for every field.
	seenOff  int
	seenLine int
}

func (r *jsonReader) letter() (*graph.Letter, error) {
	if err := r.delim('{', "a JSON object"); err != nil {
		return nil, err
	}
	l := &graph.Letter{Recipients: []graph.Party{}, CC: []graph.Party{}}
	found := false
	for r.dec.More() {
		line := r.nextLine()
		tok, err := r.dec.Token()
		if err != nil {
			return nil, r.fail(err)
		}
		key, _ := tok.(string)
		if key == "signatories" {
			found = true
		}
		if err := r.field(l, key, line); err != nil {
			return nil, err
		}
	}
	if err := r.delim('}', "the end of the letter object"); err != nil {
		return nil, err
	}
	if _, err := r.dec.Token(); err != io.EOF {
		return nil, r.errorAt(r.nextLine(), "unexpected data after the letter object")
	}
	if !found {
		return nil, r.errorAt(1, `no "signatories" field`)
	}
	return l, nil
}

func (r *jsonReader) field(l *graph.Letter, key string, line int) error {
	switch key {
	case "date":
		if err := r.value(&l.Date); err != nil {
			return err
		}
		return r.checkDate(l.Date, line)
	case "title":
		return r.value(&l.Title)
	case "salutation":
		return r.value(&l.Salutation)
	case "source_url":
		return r.value(&l.Source)
	case "body":
		return r.value(&l.Body)
	case "closing":
		return r.value(&l.Closing)
	case "asks":
		return r.value(&l.Asks)
	case "recipients":
		return r.parties(&l.Recipients, "recipient")
	case "cc":
		return r.parties(&l.CC, "cc")
	case "signatories":
		return r.signatories(l)
	case "layout", "partial", "notes":
		var skip json.RawMessage
		return r.value(&skip)
	}
	return r.errorAt(line, fmt.Sprintf("unknown field %q", key))
}

func (r *jsonReader) checkDate(date string, line int) error {
	if date == "" || validDate(date) {
		return nil
	}
	return r.errorAt(line, fmt.Sprintf("date %q: want YYYY-MM-DD, YYYY-MM or YYYY", date))
}

// validDate accepts a calendar date as YYYY-MM-DD, a month as YYYY-MM
// (a letter dated "July 2026"), or a bare year.
func validDate(s string) bool {
	layout := "2006-01-02"
	switch len(s) {
	case 4:
		layout = "2006"
	case 7:
		layout = "2006-01"
	}
	_, err := time.Parse(layout, s)
	return err == nil
}

// elements decodes an array (or null) one element at a time, so each knows
// the line it starts on.
func (r *jsonReader) elements(what string, each func(p jsonParty, line int) error) error {
	line := r.nextLine()
	tok, err := r.dec.Token()
	if err != nil {
		return r.fail(err)
	}
	if tok == nil {
		return nil
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return r.errorAt(line, fmt.Sprintf("%s: want a list", what))
	}
	for r.dec.More() {
		line := r.nextLine()
		var p jsonParty
		if err := r.value(&p); err != nil {
			return err
		}
		if err := each(p, line); err != nil {
			return err
		}
	}
	return r.delim(']', "the end of the list")
}

func (r *jsonReader) parties(into *[]graph.Party, what string) error {
	return r.elements(what, func(p jsonParty, line int) error {
		if len(p.Affiliations) > 0 {
			return r.errorAt(line, what+": affiliations belong to signatories")
		}
		*into = append(*into, graph.Party{Honorific: p.Honorific, Name: p.Name, Title: p.Title,
			Organization: p.Organization, Address: p.Address, Line: line})
		return nil
	})
}

func (r *jsonReader) signatories(l *graph.Letter) error {
	return r.elements("signatories", func(p jsonParty, line int) error {
		if strings.TrimSpace(p.Name) == "" && strings.TrimSpace(p.Organization) == "" {
			return r.errorAt(line, fmt.Sprintf("signatory %d has neither name nor organization", len(l.Signatories)+1))
		}
		l.Signatories = append(l.Signatories, graph.Signatory{Honorific: p.Honorific, Name: p.Name, Title: p.Title,
			Organization: p.Organization, Affiliations: p.Affiliations, Address: p.Address, Line: line, EndLine: line, NameLine: line})
		return nil
	})
}

// value decodes the next value. A type error's offset counts from where the
// decoder's buffer for the value starts (just past a pending comma or colon)
// and points past the bad value; an unknown field has no offset, so it is
// placed at the value's start.
func (r *jsonReader) value(v any) error {
	buffer := r.dec.InputOffset()
	start := r.skipSpace(buffer)
	if start < int64(len(r.data)) && (r.data[start] == ',' || r.data[start] == ':') {
		buffer = start + 1
		start = r.skipSpace(buffer)
	}
	err := r.dec.Decode(v)
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &typ):
		return r.errorAt(lineAt(r.data, int(max(start, buffer+typ.Offset-1))), fmt.Sprintf("%s: got a JSON %s, want %s", typ.Field, typ.Value, typ.Type))
	case errors.As(err, &syntax), err == io.EOF, errors.Is(err, io.ErrUnexpectedEOF):
		return r.fail(err)
	}
	return r.errorAt(lineAt(r.data, int(start)), strings.TrimPrefix(err.Error(), "json: "))
}

func (r *jsonReader) delim(want json.Delim, what string) error {
	line := r.nextLine()
	tok, err := r.dec.Token()
	if err != nil {
		return r.fail(err)
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return r.errorAt(line, "want "+what)
	}
	return nil
}

// fail turns a token error into a ParseError at the line it happened.
func (r *jsonReader) fail(err error) error {
	var syntax *json.SyntaxError
	line := r.nextLine()
	msg := strings.TrimPrefix(err.Error(), "json: ")
	switch {
	case errors.As(err, &syntax):
		line = lineAt(r.data, int(syntax.Offset))
	case err == io.EOF, errors.Is(err, io.ErrUnexpectedEOF):
		line, msg = lineAt(r.data, len(r.data)), "unexpected end of file"
	}
	return r.errorAt(line, msg)
}

func (r *jsonReader) errorAt(line int, msg string) error {
	return &ParseError{File: r.name, Line: line, Msg: msg}
}

// nextLine is the line where the decoder's next token starts.
func (r *jsonReader) nextLine() int {
	off := int(r.nextOffset())
	if r.seenLine == 0 || off < r.seenOff {
		r.seenOff, r.seenLine = 0, 1
	}
	r.seenLine += bytes.Count(r.data[r.seenOff:off], []byte("\n"))
	r.seenOff = off
	return r.seenLine
}

// nextOffset is where the next token starts: past white space, and past a
// comma or colon unless value needs to see it.
func (r *jsonReader) nextOffset() int64 {
	off := r.skipSpace(r.dec.InputOffset())
	for off < int64(len(r.data)) && (r.data[off] == ',' || r.data[off] == ':') {
		off = r.skipSpace(off + 1)
	}
	return off
}

func (r *jsonReader) skipSpace(off int64) int64 {
	for off < int64(len(r.data)) && strings.IndexByte(" \t\r\n", r.data[off]) >= 0 {
		off++
	}
	return off
}
