package edit

import (
	"context"

	"github.com/coalition-graph/coalition/graph"
)

// Merge merges other into keep: keep stays, with other's names as aliases
// and all its letters and roles.
func (s *Service) Merge(ctx context.Context, keepID, otherID, by string) (*graph.MergeDecision, error) {
	d, res, err := s.store.Merge(ctx, keepID, otherID, by)
	if err != nil {
		return nil, err
	}
	return d, s.wrote(ctx, res)
}

// KeepApart records that a and b are different; they are not proposed again.
func (s *Service) KeepApart(ctx context.Context, aID, bID, by string) (*graph.MergeDecision, error) {
	d, err := s.store.KeepApart(ctx, aID, bID, by)
	if err != nil {
		return nil, err
	}
	return d, s.wrote(ctx, graph.SaveResult{})
}

// Undo splits a merge or forgets a keep-apart.
func (s *Service) Undo(ctx context.Context, decisionID, by string) (*graph.MergeDecision, error) {
	d, res, err := s.store.Undo(ctx, decisionID, by)
	if err != nil {
		return nil, err
	}
	return d, s.wrote(ctx, res)
}

// Decisions lists decisions, newest first; status "" for all.
func (s *Service) Decisions(ctx context.Context, status string, p graph.Page) ([]*graph.MergeDecision, error) {
	return s.store.MergeDecisions(ctx, status, p)
}
