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
//
// The name column sometimes holds an organization (the data's README says
// so), and such a row is the organization intervening alone:
//
//   - a name the same as the affiliation ("ministerio de defensa nacional"
//     twice) is written once, as the organization;
//   - an affiliation that is the name's acronym ("instituto colombiano de
//     bienestar familiar", "icbf") gives the organization
//     "instituto colombiano de bienestar familiar (icbf)";
//   - a name with no affiliation that starts like an organization's name
//     ("ministerio ...", "universidad ...", "fundacion ...") is the
//     organization.
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
		name, affiliation = organizationAlone(name, affiliation)
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

// organizationAlone moves an organization out of the name column (see the
// package comment): it returns the person's name, "" when there is none,
// and the organization.
func organizationAlone(name, affiliation string) (string, string) {
	switch {
	case name == "":
		return "", affiliation
	case strings.EqualFold(strings.Join(strings.Fields(name), " "), strings.Join(strings.Fields(affiliation), " ")):
		return "", affiliation
	case affiliation != "" && isAcronymOf(affiliation, name) &&
		(len(affiliation) >= 4 || organizationHeads[strings.ToLower(strings.Fields(name)[0])]):
		return "", name + " (" + affiliation + ")"
	case affiliation == "" && organizationHeads[strings.ToLower(strings.Fields(name)[0])]:
		return "", name
	}
	return name, affiliation
}

// organizationHeads are the words that open the organizations' names in
// the name column, and no person's name.
var organizationHeads = map[string]bool{
	"ministerio": true, "universidad": true, "fundacion": true, "instituto": true, "corporacion": true,
	"asociacion": true, "procuraduria": true, "defensoria": true, "superintendencia": true, "secretaria": true,
	"departamento": true, "federacion": true, "confederacion": true, "sindicato": true, "comision": true,
	"contraloria": true, "fiscalia": true, "alcaldia": true, "gobernacion": true, "agencia": true,
	"unidad": true, "direccion": true, "facultad": true, "clinica": true, "colegio": true, "academia": true,
	"consejo": true, "observatorio": true, "centro": true, "organizacion": true, "registraduria": true,
	"camara": true, "grupo": true, "programa": true, "semillero": true, "comite": true, "red": true,
}

// smallWords are left out of an acronym ("icbf" skips "de").
var smallWords = map[string]bool{"de": true, "del": true, "la": true, "las": true, "los": true, "el": true, "y": true, "e": true, "para": true, "por": true, "en": true, "a": true, "al": true}

// isAcronymOf reports whether acronym (one word of three letters or more)
// is the initials of name, with or without its small words. A person's
// initials can match an affiliation by chance, so organizationAlone also
// wants four letters or a name that opens like an organization's.
func isAcronymOf(acronym, name string) bool {
	acronym = strings.ToLower(strings.Trim(acronym, "-() "))
	if len(acronym) < 3 || strings.ContainsAny(acronym, " ,.") {
		return false
	}
	var all, big strings.Builder
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !('a' <= r && r <= 'z' || '0' <= r && r <= '9') }) {
		all.WriteByte(w[0])
		if !smallWords[w] {
			big.WriteByte(w[0])
		}
	}
	return acronym == all.String() || acronym == big.String()
}
