package main

// The canonical tree shared by both oracles.
//
// Each oracle converts its parser's syntax tree into Nodes; one printer
// then renders them in the format of docs/ast-dump.md, so the layout
// rules live in exactly one place.

import "strconv"

// A Node is one line of the dump: a kind, gc's position for it,
// its attributes (already rendered as "key=value" or bare words, in
// print order) and its children.
type Node struct {
	Kind      string
	Line, Col int
	Attrs     []string
	Kids      []Kid
}

// A Kid is one child slot of a Node. A nil Node prints "ROLE: nil";
// Same prints "ROLE: ^" (a field sharing the previous field's type).
type Kid struct {
	Role string
	Node *Node
	Same bool
}

// add appends a child (nil is kept: it prints as "ROLE: nil").
func (n *Node) add(role string, kid *Node) {
	n.Kids = append(n.Kids, Kid{Role: role, Node: kid})
}

// addSame appends a "ROLE: ^" child.
func (n *Node) addSame(role string) {
	n.Kids = append(n.Kids, Kid{Role: role, Same: true})
}

// attr appends an attribute.
func (n *Node) attr(a string) {
	n.Attrs = append(n.Attrs, a)
}

// printTree appends the dump of the tree rooted at n to buf.
func printTree(buf []byte, n *Node) []byte {
	return printNode(buf, 0, "", n)
}

func printNode(buf []byte, depth int, role string, n *Node) []byte {
	for i := 0; i < depth; i++ {
		buf = append(buf, "  "...)
	}
	if role != "" {
		buf = append(buf, role...)
		buf = append(buf, ": "...)
	}
	buf = append(buf, n.Kind...)
	buf = append(buf, " @"...)
	buf = strconv.AppendInt(buf, int64(n.Line), 10)
	buf = append(buf, ':')
	buf = strconv.AppendInt(buf, int64(n.Col), 10)
	for _, a := range n.Attrs {
		buf = append(buf, ' ')
		buf = append(buf, a...)
	}
	buf = append(buf, '\n')
	for _, k := range n.Kids {
		switch {
		case k.Same:
			buf = appendLeaf(buf, depth+1, k.Role, "^")
		case k.Node == nil:
			buf = appendLeaf(buf, depth+1, k.Role, "nil")
		default:
			buf = printNode(buf, depth+1, k.Role, k.Node)
		}
	}
	return buf
}

func appendLeaf(buf []byte, depth int, role, text string) []byte {
	for i := 0; i < depth; i++ {
		buf = append(buf, "  "...)
	}
	buf = append(buf, role...)
	buf = append(buf, ": "...)
	buf = append(buf, text...)
	return append(buf, '\n')
}

// escapeLit renders literal source text: bytes below 0x20, 0x7f and
// the backslash become \xHH (lower-case hex); all other bytes are
// copied verbatim.
func escapeLit(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f || c == '\\' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f || c == '\\' {
			b = append(b, '\\', 'x', hex[c>>4], hex[c&15])
		} else {
			b = append(b, c)
		}
	}
	return string(b)
}
