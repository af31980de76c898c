package loader_test

import (
	"testing"

	"github.com/coalition-graph/coalition/loader"
)

// TestFitConfidence fits the model to samples where one feature marks the
// wrong reads: it must learn to flag them and nothing else.
func TestFitConfidence(t *testing.T) {
	var samples [][]string
	var right []bool
	for i := range 200 {
		f := []string{"read from blocks"}
		ok := i%10 != 0
		if !ok {
			f = append(f, "title without a known title word")
		}
		samples, right = append(samples, f), append(right, ok)
	}
	m := loader.FitConfidence(samples, right, 0.9)
	if w := m.Weights["title without a known title word"]; w >= 0 {
		t.Errorf("weight of the marking feature = %v; want negative", w)
	}
	good := m.Score([]string{"read from blocks"})
	bad := m.Score([]string{"read from blocks", "title without a known title word"})
	if !(bad < m.Threshold && m.Threshold <= good) {
		t.Errorf("scores: right %.3f, wrong %.3f, threshold %.3f; want wrong < threshold <= right", good, bad, m.Threshold)
	}
	again := loader.FitConfidence(samples, right, 0.9)
	if again.Threshold != m.Threshold || again.Bias != m.Bias {
		t.Error("fitting twice gives two models; it must be deterministic")
	}
}

// TestParse_Confidence checks that a parse rates every signatory and gives
// a reason exactly when it flags one.
func TestParse_Confidence(t *testing.T) {
	l := parseFile(t, "testdata/000_seed.txt", loader.Options{})
	for _, s := range l.Signatories {
		if s.Confidence <= 0 || s.Confidence > 1 {
			t.Errorf("%s: confidence %v; want in (0, 1]", s.Name, s.Confidence)
		}
	}
	strict := &loader.ConfidenceModel{Bias: -5, Threshold: 0.5} // everyone under the threshold
	l = parseFile(t, "testdata/000_seed.txt", loader.Options{Confidence: strict})
	for _, s := range l.Signatories {
		if !loader.Flagged(s) {
			t.Errorf("%s: not flagged under a model that doubts everyone", s.Name)
		}
	}
}
