package main

import "github.com/coalition-graph/coalition/graph"

// party is an answer-file entry; a nil pointer is JSON null.
type party struct {
	Name         *string `json:"name"`
	Honorific    *string `json:"honorific"`
	Title        *string `json:"title"`
	Organization *string `json:"organization"`
}

// answer is the compared part of an answer file.
type answer struct {
	Date        *string `json:"date"`
	Recipients  []party `json:"recipients"`
	Signatories []party `json:"signatories"`
}

// counts are the true positives and the sizes of the parsed and the
// answered multisets, from which precision, recall and F1 follow.
type counts struct{ tp, got, want int }

func (c *counts) add(o counts) { c.tp += o.tp; c.got += o.got; c.want += o.want }

// f1 is 1 when both sides are empty: nothing to find, nothing found.
func (c counts) f1() float64 {
	if c.got+c.want == 0 {
		return 1
	}
	return 2 * float64(c.tp) / float64(c.got+c.want)
}

// match counts the keys both multisets hold.
func match(got, want []string) counts {
	left := make(map[string]int, len(want))
	for _, w := range want {
		left[w]++
	}
	c := counts{got: len(got), want: len(want)}
	for _, g := range got {
		if left[g] > 0 {
			left[g]--
			c.tp++
		}
	}
	return c
}

// score is one letter's result.
type score struct {
	signatories, names, orgOnly, recipients counts
	dateOK                                  bool
	flagged, wrongFlagged, wrong            int // signatories flagged unsure; of the wrong ones, how many
}

// perfect reports a letter whose signatories all came out right.
func (s score) perfect() bool {
	return s.signatories.tp == s.signatories.want && s.signatories.tp == s.signatories.got
}

const sep = "\x1f"

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// signatoryKey is what must be right for a signatory to count: its name,
// title and organization.
func signatoryKey(name, title, org string) string { return name + sep + title + sep + org }

// compare scores a parsed letter against its answer. A nil letter (the
// parse failed) finds nothing.
func compare(l *graph.Letter, a answer) score {
	var s score
	var gotSig, wantSig, gotName, wantName, gotOrg, wantOrg, gotRcpt, wantRcpt []string
	if l != nil {
		for _, g := range l.Signatories {
			gotSig = append(gotSig, signatoryKey(g.Name, g.Title, g.Organization))
			if g.Name != "" {
				gotName = append(gotName, g.Name)
			} else {
				gotOrg = append(gotOrg, g.Organization)
			}
		}
		for _, r := range l.Recipients {
			gotRcpt = append(gotRcpt, signatoryKey(r.Name, r.Title, r.Organization))
		}
		s.dateOK = l.Date == str(a.Date)
	}
	for _, w := range a.Signatories {
		wantSig = append(wantSig, signatoryKey(str(w.Name), str(w.Title), str(w.Organization)))
		if w.Name != nil {
			wantName = append(wantName, *w.Name)
		} else {
			wantOrg = append(wantOrg, str(w.Organization))
		}
	}
	for _, r := range a.Recipients {
		wantRcpt = append(wantRcpt, signatoryKey(str(r.Name), str(r.Title), str(r.Organization)))
	}
	s.signatories = match(gotSig, wantSig)
	s.names = match(gotName, wantName)
	s.orgOnly = match(gotOrg, wantOrg)
	s.recipients = match(gotRcpt, wantRcpt)
	return s
}
