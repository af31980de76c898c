package resolvers

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestParseEditors(t *testing.T) {
	e, err := ParseEditors("alice=token-alice-1, bob=token-bob-22")
	if err != nil {
		t.Fatal(err)
	}
	for token, want := range map[string]string{"token-alice-1": "alice", "token-bob-22": "bob", "token-carol": "", "": ""} {
		r := httptest.NewRequest("POST", "/graphql", nil)
		if token != "" {
			r.Header.Set("Authorization", "Bearer "+token)
		}
		if got := e.who(r); got != want {
			t.Errorf("who(%q) = %q; want %q", token, got, want)
		}
	}
	if one, _ := ParseEditors("just-one-token"); one.who(bearerRequest("just-one-token")) != "editor" {
		t.Error("a token without a label edits as editor")
	}
	if off, _ := ParseEditors(""); off.Enabled() {
		t.Error("no token: editing is off")
	}
	for _, bad := range []string{"short", "alice=short", "=long-enough-token"} {
		if _, err := ParseEditors(bad); err == nil {
			t.Errorf("ParseEditors(%q): no error", bad)
		}
	}
}

func bearerRequest(token string) *http.Request {
	r := httptest.NewRequest("POST", "/graphql", nil)
	r.Header.Set("Authorization", "Bearer "+token)
	return r
}
