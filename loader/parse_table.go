package loader

import (
	"regexp"
	"strings"

	"github.com/coalition-graph/coalition/graph"
)

// Tables of signers: a Markdown table or a page's table copied with tabs
// between its cells. Each column is read for what it holds, from its
// header when it has one ("Name | Title / Role | Affiliation | GitHub"),
// else from its cells: numbers, countries, descriptions and handles are
// not kept (a column of its own is not part of the organization); names,
// titles and organizations are. A title or organization cell is kept
// whole: its commas are its own.

// column is what a table column holds.
type column int

const (
	colOther column = iota // not kept: numbers, places, descriptions, handles
	colName
	colTitle
	colOrg
)

var (
	headerName   = wordSet(`name names signatory signatories signer signers full_name person individual member`)
	headerOrg    = wordSet(`organization organisation organizations organisations affiliation affiliations institution company group employer org organization_name organisation_name entity union network`)
	headerTitle  = wordSet(`title position role job_title title_/_role title/role function designation job`)
	headerOther  = wordSet(`country countries city location region state description about email e-mail website url web github twitter handle date signed # no no. number nr logo link sector type category comment comments`)
	reNumberCell = regexp.MustCompile(`^\d{1,4}[.)]?$`)
)

// isTable reports a group most of whose lines are table rows.
func isTable(g []line) bool {
	rows := 0
	for _, ln := range g {
		if len(ln.cells) >= 2 {
			rows++
		}
	}
	return rows >= 2 && rows*5 >= len(g)*3
}

// readTable reads the rows of a table group; lines that are not rows
// (a heading, a note) are read as lines of their own.
func (p *parser) readTable(seg []line, mode sigMode) {
	var rows []line
	for _, ln := range seg {
		if len(ln.cells) >= 2 {
			rows = append(rows, ln)
		}
	}
	cols, header := tableColumns(rows, p)
	for i, ln := range rows {
		if i == 0 && header {
			continue
		}
		if s, ok := p.tableRow(ln, cols); ok {
			p.l.Signatories = append(p.l.Signatories, s)
		}
	}
}

// tableColumns decides each column's kind, from a header row when the
// first row is one.
func tableColumns(rows []line, p *parser) ([]column, bool) {
	width := 0
	for _, r := range rows {
		width = max(width, len(r.cells))
	}
	if cols, ok := headerColumns(rows[0].cells); ok {
		return cols, true
	}
	cols := make([]column, width)
	nameCol, titleCol := -1, -1
	for j := range width {
		var cells []string
		for _, r := range rows {
			if j < len(r.cells) && r.cells[j] != "" {
				cells = append(cells, r.cells[j])
			}
		}
		k := classifyColumn(cells, p)
		switch {
		case k == colName && nameCol < 0:
			nameCol = j
		case k == colTitle && titleCol < 0:
			titleCol = j
		case k == colName || k == colTitle:
			k = colOther
		}
		cols[j] = k
	}
	org := false
	for j, k := range cols { // one organization column: the first left
		if k == colOrg {
			if org {
				cols[j] = colOther
			}
			org = true
		}
	}
	return cols, false
}

// headerColumns reads a header row; it reports false when a cell is no
// header word.
func headerColumns(cells []string) ([]column, bool) {
	cols := make([]column, len(cells))
	named := false
	for j, c := range cells {
		h := collapse(strings.ToLower(c))
		switch {
		case h == "":
		case headerName[h]:
			cols[j], named = colName, true
		case headerOrg[h]:
			cols[j], named = colOrg, true
		case headerTitle[h]:
			cols[j], named = colTitle, true
		case headerOther[h]:
		default:
			return nil, false
		}
	}
	return cols, named
}

// classifyColumn says what most of a column's cells are.
func classifyColumn(cells []string, p *parser) column {
	if len(cells) == 0 {
		return colOther
	}
	var other, names, titles int
	for _, c := range cells {
		switch {
		case reNumberCell.MatchString(c), isCountry(c), isPlace(c), isStateName(c), isRegion(c),
			strings.HasPrefix(c, "@"), reDomain.MatchString(c) && !strings.Contains(c, " "), isDescription(c):
			other++
		case isTitle(c):
			titles++
		default:
			if isName, _ := p.nameInfo(c); isName {
				names++
			}
		}
	}
	n := len(cells)
	switch {
	case other*2 > n:
		return colOther
	case names*2 > n:
		return colName
	case titles*2 > n:
		return colTitle
	}
	return colOrg
}

// isDescription reports a cell of running text about the signer.
func isDescription(c string) bool {
	n := len(strings.Fields(c))
	return n >= 9 || n >= 5 && strings.HasSuffix(c, ".")
}

// tableRow reads one row into a signatory.
func (p *parser) tableRow(ln line, cols []column) (graph.Signatory, bool) {
	var name, title, org string
	for j, c := range ln.cells {
		if j >= len(cols) || isNoneCell(c) {
			continue
		}
		switch cols[j] {
		case colName:
			name = c
		case colTitle:
			title = c
		case colOrg:
			org = c
		}
	}
	s := graph.Signatory{Line: ln.n, EndLine: ln.n}
	if name != "" {
		nl, _ := p.readNameLine(name)
		s.Name, s.Honorific, s.NameLine = nl.name, nl.honorific, ln.n
		if s.Name == "" {
			s.Name = strings.TrimSpace(name)
		}
	}
	if title != "" {
		s.Title, s.TitleLine = cleanRole(title), ln.n
	}
	if org != "" {
		s.Organization, s.OrganizationLine = cleanRole(org), ln.n
	}
	if s.Name == "" && s.Organization == "" || isPlaceholder(s.Name+s.Organization) {
		return s, false
	}
	return s, true
}

// isNoneCell reports a cell that says there is nothing: "None", "N/A", "-".
func isNoneCell(c string) bool {
	switch strings.ToLower(strings.Trim(c, " .")) {
	case "", "none", "n/a", "na", "-", "–", "—", "independent", "self", "individual":
		return true
	}
	return false
}
