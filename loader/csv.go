package loader

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/coalition-graph/coalition/graph"
)

// A CSV of signatures is how a spreadsheet comes in: one row per signature,
// a header row naming the columns in any order and any case:
//
//	letter_id, date, title, person, person_title, organization [, recipient]
//
// Rows with the same letter_id are one letter; the letters come out in the
// order their first rows appear. date is YYYY-MM-DD or YYYY, and the rows of
// a letter must not disagree on date or title (empty cells are fine). Each
// row needs a person or an organization. A recipient cell is a person's name,
// optionally followed by ", title" and ", organization"; leave the name empty
// for an office or organization alone (", Member of Congress", ",, U.S.
// Senate").

var (
	csvColumns         = []string{"letter_id", "date", "title", "person", "person_title", "organization"}
	csvOptionalColumns = []string{"recipient"}
)

// ReadCSV reads the letters of a CSV of signatures; name is the file name
// errors report, with the line.
func ReadCSV(name string, r io.Reader) ([]*graph.Letter, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1 // short rows are checked here, with a clearer message
	cr.TrimLeadingSpace = true
	c := &csvReader{name: name, r: cr, byID: map[string]*csvLetter{}}
	if err := c.header(); err != nil {
		return nil, err
	}
	for {
		row, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, c.fail(err)
		}
		line, _ := cr.FieldPos(0)
		if err := c.row(row, line); err != nil {
			return nil, err
		}
	}
	if len(c.letters) == 0 {
		return nil, &ParseError{File: name, Line: 1, Msg: "no signatures: the file has a header but no rows"}
	}
	out := make([]*graph.Letter, len(c.letters))
	for i, cl := range c.letters {
		out[i] = cl.letter
	}
	return out, nil
}

type csvReader struct {
	name    string
	r       *csv.Reader
	column  map[string]int
	letters []*csvLetter
	byID    map[string]*csvLetter
}

type csvLetter struct {
	letter              *graph.Letter
	dateLine, titleLine int // where the date and title were first given
	recipients          map[string]bool
}

func (c *csvReader) header() error {
	head, err := c.r.Read()
	if err == io.EOF {
		return &ParseError{File: c.name, Line: 1, Msg: "empty file: want a header row (" + strings.Join(csvColumns, ", ") + ")"}
	}
	if err != nil {
		return c.fail(err)
	}
	if err := c.checkText(head, 1); err != nil {
		return err
	}
	c.column = map[string]int{}
	for i, h := range head {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if !slices.Contains(csvColumns, h) && !slices.Contains(csvOptionalColumns, h) {
			return &ParseError{File: c.name, Line: 1, Msg: fmt.Sprintf("unknown column %q (want %s, optionally %s)",
				h, strings.Join(csvColumns, ", "), strings.Join(csvOptionalColumns, ", "))}
		}
		if _, dup := c.column[h]; dup {
			return &ParseError{File: c.name, Line: 1, Msg: fmt.Sprintf("column %q appears twice", h)}
		}
		c.column[h] = i
	}
	var missing []string
	for _, col := range csvColumns {
		if _, ok := c.column[col]; !ok {
			missing = append(missing, col)
		}
	}
	if len(missing) > 0 {
		return &ParseError{File: c.name, Line: 1, Msg: "missing column " + strings.Join(missing, ", ")}
	}
	return nil
}

// checkText rejects a row of binary data or another encoding than UTF-8.
func (c *csvReader) checkText(row []string, line int) error {
	for _, v := range row {
		switch {
		case strings.ContainsRune(v, 0):
			return c.errorAt(line, "binary file, not CSV text (NUL byte)")
		case !utf8.ValidString(v):
			return c.errorAt(line, "invalid UTF-8 (save the spreadsheet as CSV UTF-8)")
		}
	}
	return nil
}

// cell returns a row's value in a column, "" when the row is short.
func (c *csvReader) cell(row []string, col string) string {
	i, ok := c.column[col]
	if !ok || i >= len(row) {
		return ""
	}
	return strings.Join(strings.Fields(row[i]), " ")
}

func (c *csvReader) row(row []string, line int) error {
	if err := c.checkText(row, line); err != nil {
		return err
	}
	if strings.TrimSpace(strings.Join(row, "")) == "" {
		return nil // a blank spreadsheet row
	}
	id := c.cell(row, "letter_id")
	if id == "" {
		return c.errorAt(line, "missing letter_id")
	}
	person, org := c.cell(row, "person"), c.cell(row, "organization")
	if person == "" && org == "" {
		return c.errorAt(line, "missing organization and person")
	}
	cl := c.letter(id)
	if err := c.agree(cl, row, line); err != nil {
		return err
	}
	l := cl.letter
	l.Signatories = append(l.Signatories, graph.Signatory{Name: person, Title: c.cell(row, "person_title"),
		Organization: org, Line: line, EndLine: line, NameLine: line})
	if rc := c.cell(row, "recipient"); rc != "" && !cl.recipients[rc] {
		cl.recipients[rc] = true
		l.Recipients = append(l.Recipients, csvRecipient(rc, line))
	}
	return nil
}

func (c *csvReader) letter(id string) *csvLetter {
	cl := c.byID[id]
	if cl == nil {
		cl = &csvLetter{letter: &graph.Letter{Source: c.name + "#" + id, Recipients: []graph.Party{}, CC: []graph.Party{}},
			recipients: map[string]bool{}}
		c.byID[id] = cl
		c.letters = append(c.letters, cl)
	}
	return cl
}

// agree sets a letter's date and title from the first row that gives them
// and rejects a row that contradicts it.
func (c *csvReader) agree(cl *csvLetter, row []string, line int) error {
	l := cl.letter
	if date := c.cell(row, "date"); date != "" {
		if !validDate(date) {
			return c.errorAt(line, fmt.Sprintf("date %q: want YYYY-MM-DD or YYYY", date))
		}
		if l.Date != "" && l.Date != date {
			return c.errorAt(line, fmt.Sprintf("date %s, but line %d gave %s for letter %q", date, cl.dateLine, l.Date, c.cell(row, "letter_id")))
		}
		if l.Date == "" {
			l.Date, cl.dateLine = date, line
		}
	}
	if title := c.cell(row, "title"); title != "" {
		if l.Title != "" && l.Title != title {
			return c.errorAt(line, fmt.Sprintf("title %q, but line %d gave %q for letter %q", title, cl.titleLine, l.Title, c.cell(row, "letter_id")))
		}
		if l.Title == "" {
			l.Title, cl.titleLine = title, line
		}
	}
	return nil
}

// csvRecipient reads "Name, Title, Organization" (trailing parts optional).
func csvRecipient(cell string, line int) graph.Party {
	parts := strings.SplitN(cell, ",", 3)
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	p := graph.Party{Name: parts[0], Line: line}
	if len(parts) > 1 {
		p.Title = parts[1]
	}
	if len(parts) > 2 {
		p.Organization = parts[2]
	}
	return p
}

func (c *csvReader) fail(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return c.errorAt(pe.Line, pe.Err.Error())
	}
	return fmt.Errorf("%s: %w", c.name, err)
}

func (c *csvReader) errorAt(line int, msg string) error {
	return &ParseError{File: c.name, Line: line, Msg: msg}
}
