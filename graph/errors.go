package graph

import (
	"errors"
	"fmt"
)

// Error codes a caller can act on. Anything else is EINTERNAL, and the user
// sees only "Internal error." while the details go to the log.
const (
	ENOTFOUND    = "NOT_FOUND"
	EINVALID     = "INVALID_ARGUMENT"
	ECONFLICT    = "CONFLICT"
	EFORBIDDEN   = "FORBIDDEN"
	EUNAVAILABLE = "UNAVAILABLE"
	EINTERNAL    = "INTERNAL"
)

// Error is an application error whose message is safe to show to users.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, "" for nil,
// and EINTERNAL for any other error.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-safe message of err: the *Error's message, or
// "Internal error." for anything else.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "Internal error."
}
