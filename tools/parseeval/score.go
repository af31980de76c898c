package main

import (
	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader/answers"
)

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
	// flags: signatories flagged unsure; wrong ones; wrong ones flagged
	flagged, wrong, wrongFlagged int
}

// perfect reports a letter whose signatories all came out right.
func (s score) perfect() bool {
	return s.signatories.tp == s.signatories.want && s.signatories.tp == s.signatories.got
}

func (s *score) add(o score) {
	s.signatories.add(o.signatories)
	s.names.add(o.names)
	s.orgOnly.add(o.orgOnly)
	s.recipients.add(o.recipients)
	s.flagged += o.flagged
	s.wrong += o.wrong
	s.wrongFlagged += o.wrongFlagged
}

// compare scores a parsed letter against its answer. A nil letter (the
// parse failed) finds nothing.
func compare(l *graph.Letter, a answers.Answer) score {
	var s score
	var gotSig, wantSig, gotName, wantName, gotOrg, wantOrg, gotRcpt, wantRcpt []string
	if l != nil {
		for _, g := range l.Signatories {
			gotSig = append(gotSig, answers.Key(g.Name, g.Title, g.Organization))
			if g.Name != "" {
				gotName = append(gotName, g.Name)
			} else {
				gotOrg = append(gotOrg, g.Organization)
			}
		}
		for _, r := range l.Recipients {
			gotRcpt = append(gotRcpt, answers.Key(r.Name, r.Title, r.Organization))
		}
		s.dateOK = l.Date == answers.Str(a.Date)
		right := answers.Right(gotSig, a.Signatories)
		for i, g := range l.Signatories {
			flagged := g.Reason != ""
			if flagged {
				s.flagged++
			}
			if !right[i] {
				s.wrong++
				if flagged {
					s.wrongFlagged++
				}
			}
		}
	}
	for _, w := range a.Signatories {
		wantSig = append(wantSig, answers.Key(answers.Str(w.Name), answers.Str(w.Title), answers.Str(w.Organization)))
		if w.Name != nil {
			wantName = append(wantName, *w.Name)
		} else {
			wantOrg = append(wantOrg, answers.Str(w.Organization))
		}
	}
	for _, r := range a.Recipients {
		wantRcpt = append(wantRcpt, answers.Key(answers.Str(r.Name), answers.Str(r.Title), answers.Str(r.Organization)))
	}
	s.signatories = match(gotSig, wantSig)
	s.names = match(gotName, wantName)
	s.orgOnly = match(gotOrg, wantOrg)
	s.recipients = match(gotRcpt, wantRcpt)
	return s
}
