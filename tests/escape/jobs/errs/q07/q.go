// Package q07 is fine.
package q07

import (
	"encoding/json"
	"fmt"
)

func F(v any) string { b, _ := json.Marshal(v); return fmt.Sprint(string(b)) }
