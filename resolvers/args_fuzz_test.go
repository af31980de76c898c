package resolvers

import (
	"testing"

	"github.com/coalition-graph/coalition/graph"
)

// FuzzPage decodes arbitrary first/after pairs: page must never panic,
// refuse anything out of range with INVALID_ARGUMENT, and accept the
// cursors this API hands out.
func FuzzPage(f *testing.F) {
	f.Add(20, "")
	f.Add(1, cursor(0))
	f.Add(100, cursor(40))
	f.Add(0, cursor(1))
	f.Add(101, "")
	f.Add(-1, "b2Zmc2V0Oi0x")                             // offset:-1
	f.Add(10, "b2Zmc2V0OjE5OTk5OTk5OTk5OTk5OTk5OTk5OTk5") // offset beyond int
	f.Add(10, "not a cursor")
	f.Add(10, "b2Zmc2V0Og")     // offset:
	f.Add(10, "b2Zmc2V0OisxMA") // offset:+10
	f.Fuzz(func(t *testing.T, first int, after string) {
		p, err := page(&first, &after)
		if first < 1 || first > maxPage {
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Fatalf("page(%d, %q) = %+v, %v; want INVALID_ARGUMENT", first, after, p, err)
			}
			return
		}
		if err != nil {
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Fatalf("page(%d, %q): error %v has code %s; want INVALID_ARGUMENT", first, after, err, graph.ErrorCode(err))
			}
			return
		}
		if p.First != first || p.Offset < 0 {
			t.Fatalf("page(%d, %q) = %+v", first, after, p)
		}
		// Whatever was accepted, the cursor for that offset reads back the same.
		c := cursor(p.Offset)
		if q, err := page(&first, &c); err != nil || q != p {
			t.Fatalf("cursor(%d) = %q reads back as %+v, %v", p.Offset, c, q, err)
		}
	})
}

// FuzzWindow checks window(from, to): never a panic, years outside
// 1000..9999 or a reversed window give INVALID_ARGUMENT, and an accepted
// window holds exactly what was asked.
func FuzzWindow(f *testing.F) {
	f.Add(2008, 2019, true, true)
	f.Add(0, 0, false, false)
	f.Add(2019, 2008, true, true)
	f.Add(999, 2000, true, true)
	f.Add(2000, 10000, true, true)
	f.Add(-2019, 0, true, false)
	f.Add(2020, 0, true, true)
	f.Fuzz(func(t *testing.T, from, to int, hasFrom, hasTo bool) {
		var fp, tp *int
		if hasFrom {
			fp = &from
		} else {
			from = 0
		}
		if hasTo {
			tp = &to
		} else {
			to = 0
		}
		w, err := window(fp, tp)
		year := func(y int) bool { return y == 0 || (y >= 1000 && y <= 9999) }
		valid := year(from) && year(to) && (to == 0 || from <= to)
		if !valid {
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Fatalf("window(%d, %d) = %+v, %v; want INVALID_ARGUMENT", from, to, w, err)
			}
			return
		}
		if err != nil || w != (graph.Window{From: from, To: to}) {
			t.Fatalf("window(%d, %d) = %+v, %v; want it accepted", from, to, w, err)
		}
	})
}
