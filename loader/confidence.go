package loader

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/coalition-graph/coalition/graph"
)

// Knowing when the parse is unsure: each signatory gets a confidence, the
// chance that its name, title and organization are all read right, from a
// logistic model over the evidence the parse rests on (features below).
// The model is fitted by tools/trainconfidence to the answer files and the
// development letters (`go generate ./loader`), and make eval measures it
// leave-one-letter-out. A signatory under the model's threshold is
// flagged, with the evidence that weighed most against it as its reason.

//go:generate go run ../tools/trainconfidence -out confidence_model.json

//go:embed confidence_model.json
var confidenceModelJSON []byte

// ConfidenceModel is a logistic model over signatory features.
type ConfidenceModel struct {
	Bias      float64            `json:"bias"`
	Weights   map[string]float64 `json:"weights"`
	Threshold float64            `json:"threshold"` // flag below this confidence
	Trained   string             `json:"trained"`   // what it was fitted to
}

var confidenceModel = mustModel(confidenceModelJSON)

func mustModel(b []byte) *ConfidenceModel {
	var m ConfidenceModel
	if err := json.Unmarshal(b, &m); err != nil {
		panic("loader: confidence_model.json: " + err.Error())
	}
	return &m
}

// Score is the model's confidence for a feature set.
func (m *ConfidenceModel) Score(features []string) float64 {
	z := m.Bias
	for _, f := range features {
		z += m.Weights[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// reason names the features that weigh most against a signatory.
func (m *ConfidenceModel) reason(features []string) string {
	type fw struct {
		f string
		w float64
	}
	var neg []fw
	for _, f := range features {
		if w := m.Weights[f]; w < 0 {
			neg = append(neg, fw{f, w})
		}
	}
	sort.Slice(neg, func(i, j int) bool { return neg[i].w < neg[j].w })
	var out []string
	for i := 0; i < len(neg) && i < 2; i++ {
		out = append(out, neg[i].f)
	}
	return strings.Join(out, "; ")
}

// Flagged reports a signatory the parser is unsure of.
func Flagged(s graph.Signatory) bool { return s.Reason != "" }

// rateSignatories sets each signatory's confidence and, when flagged,
// its reason, by m or, when m is nil, by the fitted model.
func (p *parser) rateSignatories(m *ConfidenceModel) {
	if m == nil {
		m = confidenceModel
	}
	for i := range p.l.Signatories {
		s := &p.l.Signatories[i]
		f := p.signatoryFeatures(*s)
		s.Confidence = math.Round(m.Score(f)*1000) / 1000
		s.Reason = ""
		if s.Confidence < m.Threshold {
			s.Reason = m.reason(f)
			if s.Reason == "" {
				s.Reason = "little evidence either way"
			}
		}
	}
}

// SignatoryFeatures lists the evidence of every signatory of a letter
// parsed from text, in order (for fitting the model).
func SignatoryFeatures(name, text string, opt Options) (*graph.Letter, [][]string, error) {
	p := newParser(name, text, opt)
	p.parse()
	if len(p.l.Signatories) == 0 {
		return nil, nil, errorf(name, p.l.Lines["closing"], "no signatures found")
	}
	var out [][]string
	for _, s := range p.l.Signatories {
		out = append(out, p.signatoryFeatures(s))
	}
	return p.l, out, nil
}

// signatoryFeatures describes the evidence a signatory was read on. Each
// feature is a short phrase, so that it can be a flag's reason.
func (p *parser) signatoryFeatures(s graph.Signatory) []string {
	var f []string
	add := func(ok bool, name string) {
		if ok {
			f = append(f, name)
		}
	}
	add(true, "read from "+s.Layout)
	add(true, "signatures found after the "+p.regionBy)
	if s.Name != "" {
		toks := strings.Fields(s.Name)
		add(startsWithGivenName(toks), "name starts with a known given name")
		add(!startsWithGivenName(toks), "name has no known given name")
		add(isSurname(toks[len(toks)-1]), "name ends with a known surname")
		add(len(toks) == 1, "name is one word")
		add(len(toks) > 4, "name is long")
		add(startsLower(s.Name), "name in lower case")
		add(strings.HasPrefix(s.Name, "@"), "name is a handle")
		add(p.isOrgish(s.Name) && !isGivenName(toks[0]), "name reads like an organization")
		add(s.Honorific != "", "honorific printed")
	} else {
		add(true, "organization signing alone")
		add(p.isPersonName(s.Organization) && startsWithGivenName(strings.Fields(s.Organization)), "organization reads like a person's name")
		add(!p.isOrgish(s.Organization), "organization without an organization word")
		add(len(strings.Fields(s.Organization)) == 1, "organization is one word")
	}
	if s.Title != "" {
		add(isTitle(s.Title), "title with a known title word")
		add(!isTitle(s.Title), "title without a known title word")
		add(containsOrgWord(s.Title), "title holds an organization word")
		add(len(strings.Fields(s.Title)) > 6, "title is long")
		add(strings.Contains(s.Title, ","), "title holds a comma")
	}
	if s.Organization != "" && s.Name != "" {
		add(p.isOrgish(s.Organization), "organization with an organization word")
		add(!p.isOrgish(s.Organization), "organization without an organization word")
		add(isTitle(s.Organization), "organization reads like a title")
		add(s.OrganizationLine == 0, "organization from the letter's context")
		add(isPlace(s.Organization) || isCountry(s.Organization), "organization is a place")
	}
	if o := s.Organization; o != "" {
		add(strings.Count(o, ",") >= 2, "organization holds several commas")
		add(len(strings.Fields(o)) > 10, "organization is long")
		add(startsLower(o) && !isBrand(strings.Fields(o)[0]), "organization in lower case")
	}
	add(s.Title == "" && s.Organization == "" && s.Name != "", "name alone")
	f = append(f, s.Evidence...)
	return f
}

// FitConfidence fits the model by gradient descent on labelled feature
// sets (true: the signatory was read right) and picks the threshold that
// flags the given share of the wrong ones in the data. It is
// deterministic.
func FitConfidence(samples [][]string, right []bool, flagShare float64) *ConfidenceModel {
	m := &ConfidenceModel{Weights: make(map[string]float64)}
	const (
		rounds = 400
		rate   = 0.5
		l2     = 0.01
	)
	n := float64(len(samples))
	// rare mistakes weigh as much in total as the rest
	wrong := 0
	for _, r := range right {
		if !r {
			wrong++
		}
	}
	wRight, wWrong := 1.0, 1.0
	if wrong > 0 && wrong < len(right) {
		wWrong = float64(len(right)-wrong) / float64(wrong)
	}
	for range rounds {
		gb := 0.0
		g := make(map[string]float64)
		for i, fs := range samples {
			y, w := 0.0, wWrong
			if right[i] {
				y, w = 1, wRight
			}
			d := w * (m.Score(fs) - y)
			gb += d
			for _, f := range fs {
				g[f] += d
			}
		}
		m.Bias -= rate * gb / n
		keys := make([]string, 0, len(g))
		for k := range g {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			m.Weights[k] -= rate * (g[k]/n + l2*m.Weights[k])
		}
	}
	for k, w := range m.Weights {
		m.Weights[k] = math.Round(w*1e4) / 1e4
	}
	m.Bias = math.Round(m.Bias*1e4) / 1e4
	m.Threshold = threshold(m, samples, right, flagShare)
	return m
}

// threshold is the lowest confidence under which at least flagShare of
// the wrong samples fall.
func threshold(m *ConfidenceModel, samples [][]string, right []bool, flagShare float64) float64 {
	var wrong []float64
	for i, fs := range samples {
		if !right[i] {
			wrong = append(wrong, m.Score(fs))
		}
	}
	if len(wrong) == 0 {
		return 0
	}
	sort.Float64s(wrong)
	k := int(math.Ceil(flagShare*float64(len(wrong)))) - 1
	k = min(max(k, 0), len(wrong)-1)
	return math.Round((wrong[k]+1e-4)*1e4) / 1e4
}

// String summarizes a model for the eval report.
func (m *ConfidenceModel) String() string {
	return fmt.Sprintf("%d features, threshold %.3f, fitted to %s", len(m.Weights), m.Threshold, m.Trained)
}
