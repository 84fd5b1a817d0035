/*
 * goescape.h — the one internal header, a section per module.
 *
 * The pipeline reads top to bottom: util (arena, interning, vectors,
 * diagnostics), lex, ast, parse (with pragma: compiler directives, and
 * branches: gc's label and goto checks), dump, main.  A phase reads the
 * previous phase's data structures, never its statics.  Exported
 * functions carry their module's prefix (arena_, sym_, file_, diag_,
 * lex_, parse_, pragma_, branches_, dump_).
 */
#ifndef GOESCAPE_H
#define GOESCAPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ==================================================================== */
/* util.c — memory, names, positions, diagnostics                        */
/* ==================================================================== */

/* Internal errors: print where they happened and abort. */
#define fatal_internal(...) util_internal(__FILE__, __LINE__, __VA_ARGS__)
_Noreturn void util_internal(const char *file, int line, const char *fmt, ...);
/* User-facing fatal error: prints "goescape: <msg>" and exits 2. */
_Noreturn void util_die(const char *fmt, ...);

/* Run fn(arg) on a thread with a 1 GiB stack (reserved, not committed)
 * and wait for it: what recursing over a tree of the parser's maximum
 * depth needs, under sanitizers too. */
#define UTIL_BIG_STACK ((size_t)1 << 30)
void util_run_on_big_stack(void (*fn)(void *), void *arg);

void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

/* An arena hands out zeroed memory that lives until arena_free.  The
 * fast path is inline and touches nothing it hands out: a chunk's room
 * beyond `used` is zero (fresh from the kernel, or zeroed again when a
 * kept chunk is reused).  Blocks are 8-byte aligned (what pointers and
 * 64-bit integers need; nothing in goescape needs more). */
enum { ARENA_ALIGN = 8 };
typedef struct ArenaChunk {
	struct ArenaChunk *next;
	size_t cap, used;
	max_align_t data[];
} ArenaChunk;
typedef struct Arena {
	ArenaChunk *head;
	size_t used;      /* total bytes handed out, for statistics */
	bool shared;      /* several threads allocate from it: those
	                   * with an arena of their own allocate there
	                   * (util_set_thread_arena) */
} Arena;
void *arena_alloc_slow(Arena *a, size_t n);
void *arena_alloc_shared(Arena *a, size_t n);
static inline void *arena_alloc(Arena *a, size_t n)
{
	if (a->shared)
		return arena_alloc_shared(a, n);
	n = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
	ArenaChunk *c = a->head;
	if (c && c->cap - c->used >= n) {
		void *p = (char *)c->data + c->used;
		c->used += n;
		a->used += n;
		return p;
	}
	return arena_alloc_slow(a, n);
}
char *arena_strndup(Arena *a, const char *s, size_t n);
void arena_free(Arena *a);
/* Return the chunks kept for reuse to the system (at exit). */
void arena_release_pool(void);
/* The bytes an arena holds from malloc (its chunks), for statistics. */
size_t arena_footprint(const Arena *a);
/* For statistics (-stats): the bytes held by the interned names, by the
 * file table (paths, line directives, contents not yet released) and
 * by the chunks kept for reuse; the process's resident set now and at
 * its peak, in KB. */
void util_mem_stats(size_t *syms, size_t *files, size_t *pooled);
void util_rss(long *now_kb, long *peak_kb);

/* Growable array of pointers (malloc-backed; used while building lists
 * that are then frozen into an arena). */
typedef struct PtrVec {
	void **data;
	int len, cap;
} PtrVec;
void vec_push(PtrVec *v, void *p);
void vec_free(PtrVec *v);
/* Copy the vector into arena memory; returns NULL for an empty vector. */
void **vec_freeze(PtrVec *v, Arena *a);

/* Threads (goescape -m -j N: packages analysed in parallel).  While
 * util_set_threaded(true) holds, the run's shared tables (arena chunk
 * pool, interned names, file table) take their locks; util_lock and
 * util_unlock are one recursive lock for the other structures several
 * threads extend (constants, shape types). */
void util_set_threaded(bool on);
/* The calling thread's arena for its allocations in shared arenas (NULL:
 * none, it allocates in them); it must live as long as they do. */
void util_set_thread_arena(Arena *a);
bool util_threaded(void);
void util_lock(void);
void util_unlock(void);
/* The world lock (no-ops unless threaded): util_world_enter and
 * util_world_leave around a thread's work on one package;
 * util_world_alone and util_world_shared (nested as they may) around
 * a change to what every thread reads, which waits until no other
 * thread is working on a package. */
void util_world_enter(void);
void util_world_leave(void);
void util_world_alone(void);
/* Between two steps of a thread's work, where it holds nothing it read
 * under its share: let a thread waiting to be alone go first. */
void util_world_yield(void);
void util_world_shared(void);

/* Interned identifiers: one Sym per distinct spelling for the whole run,
 * compared by pointer.  Keywords are pre-interned and carry their token. */
typedef struct Sym {
	const char *name;   /* NUL-terminated */
	int len;
	int tok;            /* keyword token (Tok), or 0 */
	uint32_t hash;
} Sym;
Sym *sym_intern(const char *s, size_t len);
Sym *sym_cstr(const char *s);
/* sym_intern for a name inside a larger buffer: avail bytes may be read
 * at s (avail >= len), which lets hashing load whole words. */
Sym *sym_intern_in(const char *s, size_t len, size_t avail);
void sym_free_all(void);

/* Positions are 1-based line and 1-based byte column within a source file
 * (tabs count one).  `file` indexes the run's file table.  A position of
 * line 0 is unknown. */
typedef struct Pos {
	uint32_t file;
	uint32_t line;
	uint32_t col;
} Pos;

/* A line directive (//line or the block-comment form): from the byte at (line,col) on, positions
 * read as relative to filename:rline[:rcol] (see syntax/pos.go semantics).
 * rcol == 0 means "no column information". */
typedef struct LineDirective {
	uint32_t line, col;     /* where the new base starts (just after the comment) */
	const char *filename;   /* as written (made absolute is not our business) */
	uint32_t rline, rcol;
} LineDirective;

typedef struct SrcFile {
	const char *path;       /* as given / as printed */
	const char *data;       /* file contents (owned) */
	size_t size;
	LineDirective *lines;   /* in source order */
	int nlines, caplines;
	/* every well-formed //go:linkname of the file, wherever it stands
	 * (gc's noder collects them all, and judges them once the package
	 * is type-checked): where, and the local name (owned) */
	struct FileLinkname { Pos pos; char *local; } *linknames;
	int nlinknames, caplinknames;
} SrcFile;
/* The run's file table. */
uint32_t file_add(const char *path, const char *data, size_t size);
SrcFile *file_get(uint32_t idx);
void file_free_all(void);
/* Drop a file's contents once no phase will read them again (its path
 * and line directives stay, for printing positions). */
void file_release_data(uint32_t idx);
/* Read a whole file; NULL with errno set on failure (EFBIG past
 * UTIL_MAX_FILE: positions are 32-bit byte counts). */
#define UTIL_MAX_FILE ((size_t)1 << 30)
char *util_read_file(const char *path, size_t *size);
/* The same for path relative to the directory open as dirfd (or to the
 * working directory: AT_FDCWD). */
/* Reads into buf until n bytes are read or the file ends (for a regular
 * file, at its first short read), retrying when interrupted: how many,
 * or -1 with errno. */
long util_read_upto(int fd, char *buf, size_t n, bool regular);
char *util_read_file_at(int dirfd, const char *path, size_t *size);
/* "$GOROOT/src/..." into out for a file under GOROOT/src, however path
 * reaches it (symbolic links, relative names); false for any other. */
bool util_goroot_name(const char *goroot, const char *path, char *out, size_t size);

/* Diagnostics: collected, then sorted by position and printed as
 * "file:line:col: msg", identical lines suppressed, as gc does. */
void diag_error(Pos pos, const char *fmt, ...);
int diag_count(void);
/* Sort, dedupe and print to f; returns the number printed. */
int diag_flush(FILE *f);
/* Forget all buffered diagnostics (the limit stays). */
void diag_reset(void);
/* Collect at most n errors (gc's default is 10; 0 means no limit, -e).
 * Past the limit, further errors are dropped and diag_flush ends with
 * "pos: too many errors". */
void diag_set_limit(int n);
bool diag_too_many(void);
/* The buffered diagnostics taken out (the buffer is then empty), to be
 * put back later with diag_put, which frees them: gc prints a package's
 * parse errors sorted together with its type errors. */
typedef struct DiagSet DiagSet;
DiagSet *diag_take(void);
void diag_put(DiagSet *s);
/* The position as gc prints it, honouring //line directives. */
void diag_format_pos(Pos pos, char *buf, size_t n);
/* The file name in effect at pos (after //line directives). */
const char *file_rel_name(Pos pos);

/* ==================================================================== */
/* unicode.c — Go 1.19's unicode.IsLetter, unicode.IsDigit, strconv.IsPrint */
/* ==================================================================== */

bool uni_is_letter(int32_t r);
bool uni_is_digit(int32_t r);
bool uni_is_print(uint32_t r);
/* The rune at s[0..n), n > 0, as utf8.DecodeRune reads it: U+FFFD and
 * width 1 for an invalid or short encoding.  Returns the width. */
int uni_decode_utf8(const char *s, size_t n, uint32_t *r);
/* The range [lo, hi] of the second byte of a valid encoding led by c. */
void uni_utf8_second(unsigned c, unsigned *lo, unsigned *hi);
/* r in UTF-8 at b (1 to 4 bytes); returns the length. */
int uni_encode_utf8(char *b, uint32_t r);
/* r as it stands inside a Go literal quoted with quote ('"' or '\''),
 * the way strconv.Quote and QuoteRune write it: itself when printable,
 * else an escape (\n, \x00, \u00ad, \U0001f600).  At most 10 bytes. */
int uni_quote_rune(char *e, uint32_t r, char quote);

/* ==================================================================== */
/* lex.c — Go tokens, as gc's scanner delivers them                      */
/* ==================================================================== */

typedef enum Tok {
	T_EOF = 0,
	/* names and literals */
	T_NAME, T_LITERAL,
	/* operators and operations: T_OPERATOR excludes '*' and '<-' */
	T_OPERATOR, /* op */
	T_ASSIGNOP, /* op= */
	T_INCOP,    /* op op  (++ or --) */
	T_ASSIGN,   /* = */
	T_DEFINE,   /* := */
	T_ARROW,    /* <- */
	T_STAR,     /* * */
	/* delimiters */
	T_LPAREN, T_LBRACK, T_LBRACE, T_RPAREN, T_RBRACK, T_RBRACE,
	T_COMMA, T_SEMI, T_COLON, T_DOT, T_DOTDOTDOT,
	/* keywords */
	T_BREAK, T_CASE, T_CHAN, T_CONST, T_CONTINUE, T_DEFAULT, T_DEFER,
	T_ELSE, T_FALLTHROUGH, T_FOR, T_FUNC, T_GO, T_GOTO, T_IF, T_IMPORT,
	T_INTERFACE, T_MAP, T_PACKAGE, T_RANGE, T_RETURN, T_SELECT, T_STRUCT,
	T_SWITCH, T_TYPE, T_VAR,
	T_NTOKENS
} Tok;

/* Operators, in the order and with the precedences of gc's syntax package. */
typedef enum Op {
	OP_NONE = 0,
	OP_DEF,   /* : */
	OP_NOT,   /* ! */
	OP_RECV,  /* <- */
	OP_TILDE, /* ~ */
	OP_OROR,  /* || */           /* prec 1 */
	OP_ANDAND,/* && */           /* prec 2 */
	OP_EQL, OP_NEQ, OP_LSS, OP_LEQ, OP_GTR, OP_GEQ, /* prec 3 */
	OP_ADD, OP_SUB, OP_OR, OP_XOR,                  /* prec 4 */
	OP_MUL, OP_DIV, OP_REM, OP_AND, OP_ANDNOT, OP_SHL, OP_SHR, /* prec 5 */
	OP_COUNT
} Op;
enum { PREC_NONE, PREC_OROR, PREC_ANDAND, PREC_CMP, PREC_ADD, PREC_MUL };

typedef enum LitKind { LIT_INT, LIT_FLOAT, LIT_IMAG, LIT_RUNE, LIT_STRING } LitKind;

/* A comment directive the parser needs: //go:..., // +build, //line is
 * handled inside the lexer (it only records a LineDirective). */
typedef struct Directive {
	Pos pos;            /* the comment's first '/' (in a Pragma: just after
	                     * the slashes, where gc places directives) */
	const char *text;   /* comment text starting at "//", without newline */
	int len;
	bool blank;         /* comment is the first thing on its line */
	uint32_t flag;      /* in a Pragma: its PRAG_ bits (0: no meaning to gc) */
} Directive;

typedef void (*DirectiveFn)(void *ctx, const Directive *d);

typedef struct Lexer {
	/* input */
	uint32_t file;
	const char *src;
	size_t size;
	size_t off;          /* offset of next unread byte */
	/* reading position of the current character */
	int ch;              /* current character (rune), -1 at EOF */
	size_t chOff;        /* offset of ch; off - chOff is its width */
	uint32_t line;       /* line of ch */
	size_t lineOff;      /* offset where that line starts: the column
	                      * of ch is chOff - lineOff + 1 */
	bool nlsemi;         /* '\n' and EOF become ';' */
	/* gc reads its source through a buffer, and a NUL that is the first
	 * byte read after a refill slips past its NUL check; these model
	 * that buffer (see lex.c, "gc's read buffer") */
	size_t limit;        /* end of the bytes gc's buffer holds */
	size_t seg;          /* start of gc's active segment, or SIZE_MAX */
	size_t bufLen;       /* size of gc's buffer */

	/* current token */
	Tok tok;
	Pos pos;             /* start of the token */
	bool blank;          /* line is blank up to the current line comment
	                      * (set for comments only: directives ask) */
	Sym *sym;            /* T_NAME */
	const char *lit;     /* T_LITERAL, T_NAME: source text; T_SEMI: "semicolon", "newline" or "EOF" */
	size_t litlen;
	bool bad;            /* T_LITERAL had a syntax error */
	LitKind kind;        /* T_LITERAL */
	Op op;               /* T_OPERATOR, T_STAR, T_ASSIGNOP, T_INCOP, T_ARROW */
	int prec;            /* T_OPERATOR, T_STAR, T_ASSIGNOP, T_INCOP */

	/* directives (//go:..., // +build) are passed here as they are met */
	DirectiveFn on_directive;
	void *ctx;
	/* errors go to diag_error unless this is set */
	void (*on_error)(void *ctx, Pos pos, const char *msg);
} Lexer;

/* Prepare lexing of file `file` (already in the file table).  Skips a
 * leading BOM.  Zeroes *lx: set on_directive, on_error and ctx after. */
void lex_init(Lexer *lx, uint32_t file);
/* Advance to the next token. */
void lex_next(Lexer *lx);
/* Token names as gc spells them in messages: "name", "literal", "op",
 * "op=", "opop", "=", ":=", "<-", "*", "(", "[", "{", ")", "]", "}",
 * ",", ";", ":", ".", "...", "break", ... */
const char *lex_tokstr(Tok t);
/* Operator spelling: "!", "<-", "||", "+", ... ("" for OP_NONE) */
const char *lex_opstr(Op op);

/* ==================================================================== */
/* ast.h-part — the syntax tree, shaped like gc's syntax package          */
/* ==================================================================== */

typedef enum NodeKind {
	N_BAD = 0,
	/* expressions */
	N_NAME, N_BASICLIT, N_COMPOSITELIT, N_KEYVALUE, N_FUNCLIT, N_PAREN,
	N_SELECTOR, N_INDEX, N_SLICE, N_ASSERT, N_TYPESWITCHGUARD, N_OPERATION,
	N_CALL, N_LIST,
	/* types */
	N_ARRAYTYPE, N_SLICETYPE, N_DOTSTYPE, N_STRUCTTYPE, N_FIELD,
	N_INTERFACETYPE, N_FUNCTYPE, N_MAPTYPE, N_CHANTYPE,
	/* statements */
	N_EMPTYSTMT, N_LABELEDSTMT, N_BLOCKSTMT, N_EXPRSTMT, N_SENDSTMT,
	N_DECLSTMT, N_ASSIGNSTMT, N_BRANCHSTMT, N_CALLSTMT, N_RETURNSTMT,
	N_IFSTMT, N_FORSTMT, N_SWITCHSTMT, N_SELECTSTMT, N_RANGECLAUSE,
	N_CASECLAUSE, N_COMMCLAUSE,
	/* declarations */
	N_IMPORTDECL, N_CONSTDECL, N_TYPEDECL, N_VARDECL, N_FUNCDECL,
	N_FILE,
	N_NKINDS
} NodeKind;

typedef struct Node Node;

/* A list of nodes, frozen in the arena. */
typedef struct NodeList {
	Node **v;
	int n;
} NodeList;

/* Function pragmas (bit set), as gc's noder collects them. */
enum {
	PRAG_NOINLINE = 1 << 0,
	PRAG_NOSPLIT = 1 << 1,
	PRAG_NORACE = 1 << 2,
	PRAG_NOESCAPE = 1 << 3,
	PRAG_NOCHECKPTR = 1 << 4,
	PRAG_SYSTEMSTACK = 1 << 5,
	PRAG_NOWRITEBARRIER = 1 << 6,
	PRAG_NOWRITEBARRIERREC = 1 << 7,
	PRAG_YESWRITEBARRIERREC = 1 << 8,
	PRAG_UINTPTRESCAPES = 1 << 9,
	PRAG_UINTPTRKEEPALIVE = 1 << 10,
	PRAG_REGISTERPARAMS = 1 << 11,
	PRAG_CGOUNSAFEARGS = 1 << 12,
	PRAG_NOTINHEAP = 1 << 13,
	PRAG_EMBED = 1 << 14,   /* at least one //go:embed */
	PRAG_LINKNAME = 1 << 15,/* at least one //go:linkname */
	PRAG_GOBUILD = 1 << 16, /* //go:build: only to detect misplacement */
};

/* Pragmas attached to a declaration: flag bits plus the raw directives
 * (linkname, embed, cgo_*) in source order. */
typedef struct Pragma {
	uint32_t flags;
	Directive *dirs;
	int ndirs;
} Pragma;

/* Chan directions. */
enum { CHAN_BOTH = 0, CHAN_SEND = 1, CHAN_RECV = 2 };

/* Declarations in one parenthesised group share a non-zero group id. */

struct Node {
	NodeKind kind;
	Pos pos;        /* the position gc's syntax package gives the node */
	struct TypeInfo *ti;    /* the checker's record (check.h), or NULL */
	union {
		/* N_NAME */
		struct { Sym *sym; } name;
		/* N_BASICLIT */
		struct { const char *val; int len; LitKind kind; bool bad; } lit;
		/* N_COMPOSITELIT: type may be NULL */
		struct { Node *type; NodeList elems; int nkeys; Pos rbrace; } clit;
		/* N_KEYVALUE */
		struct { Node *key, *val; } kv;
		/* N_FUNCLIT */
		struct { Node *type; Node *body; } funclit;
		/* N_PAREN */
		struct { Node *x; } paren;
		/* N_SELECTOR: sel is an N_NAME */
		struct { Node *x, *sel; } sel;
		/* N_INDEX: index may be an N_LIST (several type arguments) */
		struct { Node *x, *index; } index;
		/* N_SLICE */
		struct { Node *x; Node *idx[3]; bool full; } slice;
		/* N_ASSERT */
		struct { Node *x, *type; } assert;
		/* N_TYPESWITCHGUARD: lhs may be NULL */
		struct { Node *lhs, *x; } guard;
		/* N_OPERATION: y == NULL for unary */
		struct { Op op; Node *x, *y; } op;
		/* N_CALL */
		struct { Node *fun; NodeList args; bool dots; } call;
		/* N_LIST */
		struct { NodeList elems; } list;
		/* N_ARRAYTYPE: len NULL means [...] */
		struct { Node *len, *elem; } array;
		/* N_SLICETYPE, N_DOTSTYPE */
		struct { Node *elem; } slicetype;
		/* N_STRUCTTYPE: tags[i] may be NULL; tags.n == fields.n or 0 */
		struct { NodeList fields; NodeList tags; } structtype;
		/* N_FIELD: name may be NULL; names declared together share type */
		struct { Node *name, *type; } field;
		/* N_INTERFACETYPE */
		struct { NodeList methods; } iface;
		/* N_FUNCTYPE */
		struct { NodeList params, results; } functype;
		/* N_MAPTYPE */
		struct { Node *key, *val; } map;
		/* N_CHANTYPE */
		struct { int dir; Node *elem; } chantype;

		/* N_LABELEDSTMT */
		struct { Node *label, *stmt; } labeled;
		/* N_BLOCKSTMT */
		struct { NodeList stmts; Pos rbrace; } block;
		/* N_EXPRSTMT */
		struct { Node *x; } exprstmt;
		/* N_SENDSTMT */
		struct { Node *ch, *val; } send;
		/* N_DECLSTMT */
		struct { NodeList decls; } declstmt;
		/* N_ASSIGNSTMT: op OP_NONE for =, OP_DEF for :=, else op=;
		 * rhs NULL means lhs++ (OP_ADD) or lhs-- (OP_SUB) */
		struct { Op op; Node *lhs, *rhs; } assign;
		/* N_BRANCHSTMT: tok is T_BREAK, T_CONTINUE, T_FALLTHROUGH, T_GOTO */
		struct { Tok tok; Node *label; } branch;
		/* N_CALLSTMT: tok is T_GO or T_DEFER; call is any expression (an
		 * N_CALL when well formed) */
		struct { Tok tok; Node *call; } callstmt;
		/* N_RETURNSTMT: results may be NULL or an N_LIST */
		struct { Node *results; } ret;
		/* N_IFSTMT: els is NULL, an N_IFSTMT or an N_BLOCKSTMT */
		struct { Node *init, *cond, *then, *els; } ifstmt;
		/* N_FORSTMT: init may be an N_RANGECLAUSE */
		struct { Node *init, *cond, *post, *body; } forstmt;
		/* N_SWITCHSTMT: tag may be an N_TYPESWITCHGUARD; body holds
		 * N_CASECLAUSEs */
		struct { Node *init, *tag; NodeList body; Pos rbrace; } switchstmt;
		/* N_SELECTSTMT: body holds N_COMMCLAUSEs */
		struct { NodeList body; Pos rbrace; } selectstmt;
		/* N_RANGECLAUSE: lhs may be NULL */
		struct { Node *lhs; bool def; Node *x; } range;
		/* N_CASECLAUSE: cases NULL means default */
		struct { Node *cases; NodeList body; Pos colon; } caseclause;
		/* N_COMMCLAUSE: comm NULL means default */
		struct { Node *comm; NodeList body; Pos colon; } commclause;

		/* N_IMPORTDECL: localname may be NULL; path may be NULL */
		struct { int group; Pragma pragma; Node *localname, *path; } import;
		/* N_CONSTDECL, N_VARDECL: type and values may be NULL */
		struct { int group; Pragma pragma; NodeList names; Node *type, *values; } vardecl;
		/* N_TYPEDECL */
		struct { int group; Pragma pragma; Node *name; NodeList tparams; bool alias; Node *type; } typedecl;
		/* N_FUNCDECL: recv and body may be NULL */
		struct { Pragma pragma; Node *recv, *name; NodeList tparams; Node *type, *body; } funcdecl;
		/* N_FILE */
		struct { Pragma pragma; Node *pkgname; NodeList decls; Pos eof;
		         int nsyntax; /* syntax (lexer and parser) errors */
		         /* of those, the ones gc counts as syntax errors (their
		          * text starts "syntax error"): only these stop gc
		          * before type checking */
		         int nsyntax_gc; } file;
	} u;
};

/* Walks the tree below n in source order (ast.c): pre is called on each
 * node before its children, which are walked only when it returns true
 * (pre may then walk the ones it wants itself).  Names declared together
 * share their type node; it is walked once, with the first.  Labels are
 * not walked. */
typedef bool (*SyntaxPre)(Node *n, void *ctx);
void syntax_walk(Node *n, SyntaxPre pre, void *ctx);

/* ==================================================================== */
/* parse.c — the Go 1.19 grammar, as gc's syntax package parses it       */
/* ==================================================================== */

/* What is being compiled decides which directives are allowed (gc's
 * -std and -+ flags). */
typedef struct ParseOpts {
	bool std;      /* a standard library package */
	bool runtime;  /* the runtime itself */
	bool own_text; /* copy literal and directive text into the arena, so
	                * that the file's contents may be released (the
	                * tree then points nowhere into them) */
} ParseOpts;

/* Parse file `file` (already in the file table) into the arena.  Syntax
 * errors go to diag_error; returns NULL only when the package clause is
 * missing or broken (gc gives up on such a file too).  opts may be NULL
 * (a plain `go tool compile FILE`). */
Node *parse_file(Arena *a, uint32_t file);
Node *parse_file_opts(Arena *a, uint32_t file, const ParseOpts *opts);

/* ==================================================================== */
/* pragma.c — //go: directives as gc's noder checks them                 */
/* ==================================================================== */

typedef enum PragmaKind { PK_NONE, PK_FLAG, PK_EMBED, PK_LINKNAME } PragmaKind;
typedef void (*PragmaReport)(void *ctx, Pos pos, const char *msg);

/* Check one directive (text after the slashes, without a trailing CR) at
 * pos (just after the slashes), standing alone on its line.  Reports
 * problems through report; *flag gets its PRAG_ bits for PK_FLAG.
 * cgo_file: the position's file name starts with "_cgo_". */
PragmaKind pragma_classify(const ParseOpts *opts, Pos pos, const char *text, int n,
	bool cgo_file, uint32_t *flag, PragmaReport report, void *ctx);

/* gc's StartPos: the position of an expression's leftmost token (a
 * KeyValueExpr and a SliceExpr keep their own, as in gc). */
Pos parse_start_pos(Node *n);

/* gc's short rendering of an expression or simple statement, as its
 * syntax errors quote them ("cannot use x := 1 as value"). */
void parse_node_string(Node *n, char *buf, size_t size);
/* The same, whole, in a malloc'd string the caller frees. */
char *parse_node_text(Node *n);

/* ==================================================================== */
/* dump.c — canonical AST dump (docs/ast-dump.md), golden in tests        */
/* ==================================================================== */

enum { DUMP_PRAGMAS = 1 };
/* flags: DUMP_PRAGMAS lists, before a declaration's other children, the
 * directives it took that gc's noder keeps (flags and embeds), as
 * "pragma: Directive @L:C TEXT". */
void dump_file(FILE *out, Node *file, int flags);

/* ==================================================================== */
/* branches.c — labels, break, continue, goto, fallthrough (gc's         */
/* CheckBranches)                                                        */
/* ==================================================================== */

/* Check the labels and branch statements of one function body (an
 * N_BLOCKSTMT that parsed without errors; NULL is ignored) and report
 * misuse through diag_error with gc's messages.  These are not syntax
 * errors: the tree stays usable. */
void branches_check(Node *body);

#endif
