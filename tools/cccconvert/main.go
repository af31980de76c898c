// Command cccconvert turns the Colombian Constitutional Court's amicus
// participants (../shared/data/cccllm_colombia_court/amicus.csv: id, name,
// affiliation) into the loader's CSV of signatures, so a real corpus of
// tens of thousands of signatures can be loaded and benchmarked:
//
//	go run ./tools/cccconvert -out .bench/ccc.csv
//	bin/coalition load .bench/ccc.csv
//
// Each ruling is one letter, dated by its year: ids end in a two-digit year
// ("C-001-18" is 2018; the Court began in 1992, so 92-99 are the 1990s).
// A row with neither a name nor an affiliation says nothing and is skipped.
package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	in := flag.String("in", "../shared/data/cccllm_colombia_court/amicus.csv", "amicus CSV (id,name,affiliation)")
	out := flag.String("out", "-", "where to write the signatures CSV; - for standard output")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "cccconvert:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	src, err := os.Open(in)
	if err != nil {
		return err
	}
	defer src.Close()
	dst := os.Stdout
	if out != "-" {
		if dst, err = os.Create(out); err != nil {
			return err
		}
	}
	n, err := convert(src, dst)
	if err == nil && out != "-" {
		err = dst.Close()
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "cccconvert: %d signatures\n", n)
	return nil
}

// convert copies amicus rows into signature rows and returns how many it
// wrote.
func convert(r io.Reader, w io.Writer) (int, error) {
	cr := csv.NewReader(r)
	head, err := cr.Read()
	if err != nil {
		return 0, fmt.Errorf("header: %w", err)
	}
	if strings.Join(head, ",") != "id,name,affiliation" {
		return 0, fmt.Errorf("header %q: want id,name,affiliation", strings.Join(head, ","))
	}
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"letter_id", "date", "title", "person", "person_title", "organization"}); err != nil {
		return 0, err
	}
	n := 0
	for {
		row, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return n, err
		}
		id, name, affiliation := strings.TrimSpace(row[0]), strings.TrimSpace(row[1]), strings.TrimSpace(row[2])
		if name == "" && affiliation == "" {
			continue
		}
		year, err := rulingYear(id)
		if err != nil {
			line, _ := cr.FieldPos(0)
			return n, fmt.Errorf("line %d: %w", line, err)
		}
		if err := cw.Write([]string{id, year, "Constitutional Court ruling " + id, name, "", affiliation}); err != nil {
			return n, err
		}
		n++
	}
	cw.Flush()
	return n, cw.Error()
}

// rulingYear reads the year of a ruling id such as "C-001-18" or "T-1025-99".
func rulingYear(id string) (string, error) {
	parts := strings.Split(id, "-")
	yy, err := strconv.Atoi(parts[len(parts)-1])
	if len(parts) < 3 || err != nil || len(parts[len(parts)-1]) != 2 {
		return "", fmt.Errorf("ruling id %q: want TYPE-NUMBER-YY", id)
	}
	if yy >= 90 {
		return strconv.Itoa(1900 + yy), nil
	}
	return strconv.Itoa(2000 + yy), nil
}
