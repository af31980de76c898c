package resolvers

import (
	"context"
	"crypto/subtle"
	"fmt"
	"net/http"
	"strings"

	"github.com/coalition-graph/coalition/graph"
)

// Editors are the tokens that switch editing on, each with the label an
// edit is recorded under (who). serve --edit-token takes "TOKEN" (recorded
// as "editor") or "alice=TOKEN1,bob=TOKEN2".
type Editors struct {
	tokens []editorToken
}

type editorToken struct {
	label, token string
}

// minTokenLength keeps a guessable token out.
const minTokenLength = 8

// ParseEditors reads an edit-token setting; "" means editing is off.
func ParseEditors(spec string) (Editors, error) {
	var e Editors
	for _, part := range strings.Split(spec, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		label, token, ok := strings.Cut(part, "=")
		if !ok {
			label, token = "editor", part
		}
		label, token = strings.TrimSpace(label), strings.TrimSpace(token)
		if len(token) < minTokenLength {
			return Editors{}, fmt.Errorf("edit token for %q: at least %d characters", label, minTokenLength)
		}
		if label == "" || len(label) > 60 {
			return Editors{}, fmt.Errorf("edit token label %q: 1 to 60 characters", label)
		}
		e.tokens = append(e.tokens, editorToken{label: label, token: token})
	}
	return e, nil
}

// Enabled reports whether any token is set.
func (e Editors) Enabled() bool { return len(e.tokens) > 0 }

// who returns the label of the request's bearer token, or "" when it
// carries none of the editors' tokens. Every token is compared, in
// constant time, so the answer's timing says nothing of which matched.
func (e Editors) who(r *http.Request) string {
	got := bearer(r)
	if got == "" {
		return ""
	}
	who := ""
	for _, t := range e.tokens {
		if subtle.ConstantTimeCompare([]byte(got), []byte(t.token)) == 1 {
			who = t.label
		}
	}
	return who
}

type editorKey struct{}

type editorInfo struct {
	enabled bool
	who     string
}

func withEditor(ctx context.Context, e Editors, r *http.Request) context.Context {
	return context.WithValue(ctx, editorKey{}, editorInfo{enabled: e.Enabled(), who: e.who(r)})
}

func editorOf(ctx context.Context) editorInfo {
	info, _ := ctx.Value(editorKey{}).(editorInfo)
	return info
}

// mayEdit returns who edits, or FORBIDDEN saying why not.
func mayEdit(ctx context.Context) (string, error) {
	info := editorOf(ctx)
	switch {
	case !info.enabled:
		return "", graph.Errorf(graph.EFORBIDDEN, "editing is switched off on this server; start serve with --edit-token")
	case info.who == "":
		return "", graph.Errorf(graph.EFORBIDDEN, "the edit token is missing or wrong; send Authorization: Bearer <token>")
	}
	return info.who, nil
}
