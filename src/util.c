/*
 * util.c — the small runtime every phase shares: fatal errors, checked
 * allocation, arenas, pointer vectors, interned identifiers, the run's
 * file table and gc-style diagnostics; and what threads share (-m -j:
 * main.c, docs/escape-design.md §5.15): the locks of those tables, the
 * shared lock, the world lock.
 *
 * Invariants: arena memory is zeroed and lives until arena_free; a Sym is
 * unique per spelling for the whole run, so names compare by pointer;
 * diagnostics are buffered and printed sorted by position, with identical
 * lines printed once (gc's FlushErrors does the same), each thread
 * keeping its own.  Nothing locks unless util_set_threaded(true).
 */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include "goescape.h"

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>
#include <limits.h>

/* ---- fatal errors ---------------------------------------------------- */

void util_internal(const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "goescape: internal error at %s:%d: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

void util_die(const char *fmt, ...)
{
	va_list ap;
	fputs("goescape: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		util_die("out of memory (%zu bytes)", n);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		util_die("out of memory (%zu bytes)", n);
	return p;
}

char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(xmalloc(n), s, n);
}

/* ---- a stack for deep trees ---------------------------------------- */

struct big_stack_call {
	void (*fn)(void *);
	void *arg;
};

static void *big_stack_trampoline(void *p)
{
	struct big_stack_call *c = p;
	c->fn(c->arg);
	return NULL;
}

/* The phases recurse over trees whose depth the parser bounds (MAX_DEPTH
 * in parse.c); fn runs on a thread whose stack holds that depth.  The
 * stack is reserved, not committed: untouched pages cost nothing.  If no
 * such thread can be had, fn runs here, and the depth limit still holds
 * the recursion to what a default stack takes without sanitizers. */
void util_run_on_big_stack(void (*fn)(void *), void *arg)
{
	struct big_stack_call c = {fn, arg};
	pthread_attr_t attr;
	pthread_t t;
	if (pthread_attr_init(&attr) != 0) {
		fn(arg);
		return;
	}
	if (pthread_attr_setstacksize(&attr, UTIL_BIG_STACK) != 0 ||
	    pthread_create(&t, &attr, big_stack_trampoline, &c) != 0) {
		pthread_attr_destroy(&attr);
		fn(arg);
		return;
	}
	pthread_join(t, NULL);
	pthread_attr_destroy(&attr);
}

/* ---- arenas ---------------------------------------------------------- */

/* Chunks are linked newest first.  A standard chunk takes ARENA_CHUNK
 * bytes, header included; a request too large for one gets a chunk of
 * its own, linked behind the current one (which stays current, so that
 * its free room is not lost).  Chunks come straight from mmap and go
 * back with munmap: a released arena (a package's syntax tree, once
 * checked) returns its memory to the system at once, where malloc would
 * keep it. */
enum { ARENA_CHUNK = 256 * 1024, POOL_MAX = 64 };
#define CHUNK_CAP (ARENA_CHUNK - sizeof(ArenaChunk))
#if defined(__SANITIZE_ADDRESS__)
#define UTIL_ASAN 1
#else
#define UTIL_ASAN 0
#endif

/* Standard-size chunks released by arena_free are kept for the next
 * arena: a run parses thousands of files, and fresh memory from the
 * kernel costs a page fault per page.  A kept chunk is zeroed again
 * (the part that was used) when it is taken. */
static struct {
	ArenaChunk *head;
	int n;
} pool;

/* ---- threads --------------------------------------------------------- */

static bool threaded;
static pthread_mutex_t pool_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t sym_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t file_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t shared_mu;
static pthread_once_t shared_once = PTHREAD_ONCE_INIT;

static void shared_init(void)
{
	pthread_mutexattr_t attr;
	pthread_mutexattr_init(&attr);
	pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
	pthread_mutex_init(&shared_mu, &attr);
	pthread_mutexattr_destroy(&attr);
}

/* Set only while one thread runs (before the workers start, after they
 * are joined). */
void util_set_threaded(bool on)
{
	pthread_once(&shared_once, shared_init);
	threaded = on;
}

bool util_threaded(void)
{
	return threaded;
}

static _Thread_local int shared_depth;  /* util_lock held, nested */

void util_lock(void)
{
	if (threaded) {
		pthread_mutex_lock(&shared_mu);
		shared_depth++;
	}
}

void util_unlock(void)
{
	if (threaded) {
		shared_depth--;
		pthread_mutex_unlock(&shared_mu);
	}
}

/* The world lock: every thread holds it shared while it works on a
 * package (checking one, analysing one); a thread holds it alone while
 * it rewrites what all threads read (stencil.c: a generic function's
 * tree retyped in place).  Writers go first: a thread asking for it
 * alone waits until the others are between packages, and none starts
 * another meanwhile. */
static struct {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	int readers, writers_waiting;
	bool writer;
} world = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, 0, false};
static _Thread_local bool world_held;   /* this thread's share */
static _Thread_local int world_alone;   /* nesting of util_world_alone */

void util_world_enter(void)
{
	if (!threaded)
		return;
	pthread_mutex_lock(&world.mu);
	while (world.writer || world.writers_waiting)
		pthread_cond_wait(&world.cv, &world.mu);
	world.readers++;
	world_held = true;
	pthread_mutex_unlock(&world.mu);
}

void util_world_leave(void)
{
	if (!threaded || !world_held)
		return;
	pthread_mutex_lock(&world.mu);
	world.readers--;
	world_held = false;
	pthread_cond_broadcast(&world.cv);
	pthread_mutex_unlock(&world.mu);
}

void util_world_yield(void)
{
	/* not under util_lock: the thread waiting may need it */
	if (!threaded || !world_held || world_alone || shared_depth ||
	    !__atomic_load_n(&world.writers_waiting, __ATOMIC_RELAXED))
		return;
	util_world_leave();
	util_world_enter();
}

void util_world_alone(void)
{
	if (!threaded || world_alone++ > 0)
		return;
	if (shared_depth)
		fatal_internal("the world lock asked for under util_lock");
	pthread_mutex_lock(&world.mu);
	if (world_held)
		world.readers--;
	__atomic_add_fetch(&world.writers_waiting, 1, __ATOMIC_RELAXED);
	while (world.writer || world.readers > 0)
		pthread_cond_wait(&world.cv, &world.mu);
	__atomic_sub_fetch(&world.writers_waiting, 1, __ATOMIC_RELAXED);
	world.writer = true;
	pthread_mutex_unlock(&world.mu);
}

void util_world_shared(void)
{
	if (!threaded || --world_alone > 0)
		return;
	pthread_mutex_lock(&world.mu);
	world.writer = false;
	pthread_cond_broadcast(&world.cv);
	if (world_held) {
		while (world.writer || world.writers_waiting)
			pthread_cond_wait(&world.cv, &world.mu);
		world.readers++;
	}
	pthread_mutex_unlock(&world.mu);
}

static void pool_lock(void)
{
	if (threaded)
		pthread_mutex_lock(&pool_mu);
}

static void pool_unlock(void)
{
	if (threaded)
		pthread_mutex_unlock(&pool_mu);
}

/* Under AddressSanitizer chunks come from malloc, so that a use of a
 * released arena is caught as a use after free, and LeakSanitizer sees
 * the pointers arenas hold to malloc'd blocks. */
static ArenaChunk *chunk_new(size_t cap)
{
	ArenaChunk *c;
	if (UTIL_ASAN) {
		c = xmalloc(sizeof *c + cap);
		memset(c, 0, sizeof *c + cap);
	} else {
		void *p = mmap(NULL, sizeof *c + cap, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			util_die("out of memory (%zu bytes)", sizeof *c + cap);
		c = p;
	}
	c->cap = cap;
	return c;
}

static void chunk_del(ArenaChunk *c)
{
	if (UTIL_ASAN)
		free(c);
	else
		munmap(c, sizeof *c + c->cap);
}

/* The slow path: a new chunk (from the pool when it is a standard one). */
void *arena_alloc_slow(Arena *a, size_t n)
{
	ArenaChunk *c = a->head;
	n = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
	if (c && c->cap - c->used < n && n > CHUNK_CAP / 4) {
		/* a large block: a chunk of its own, behind the current one */
		ArenaChunk *big = chunk_new(n);
		big->used = n;
		big->next = c->next;
		c->next = big;
		a->used += n;
		return big->data;       /* a fresh chunk is zeroed */
	}
	if (!c || c->cap - c->used < n) {
		c = NULL;
		if (n <= CHUNK_CAP) {
			pool_lock();
			if (pool.head) {
				c = pool.head;
				pool.head = c->next;
				pool.n--;
			}
			pool_unlock();
			if (c)
				memset(c->data, 0, c->used);
		}
		if (!c)
			c = chunk_new(n > CHUNK_CAP ? n : CHUNK_CAP);
		c->used = 0;
		c->next = a->head;
		a->head = c;
	}
	void *p = (char *)c->data + c->used;
	c->used += n;
	a->used += n;
	return p;
}

/* A worker thread's own arena for what it makes in shared arenas. */
static _Thread_local Arena *thread_arena;

void util_set_thread_arena(Arena *a)
{
	thread_arena = a;
}

/* An allocation from a shared arena: the thread that owns it (the one
 * without an arena of its own) allocates there, every other thread in
 * its own arena, which lives as long (util_set_thread_arena).  No lock:
 * each arena has one thread allocating. */
void *arena_alloc_shared(Arena *a, size_t n)
{
	if (thread_arena)
		return arena_alloc(thread_arena, n);
	n = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
	ArenaChunk *c = a->head;
	void *p;
	if (c && c->cap - c->used >= n) {
		p = (char *)c->data + c->used;
		c->used += n;
		a->used += n;
		memset(p, 0, n);
	} else {
		p = arena_alloc_slow(a, n);
	}
	return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	return p;
}

void arena_free(Arena *a)
{
	ArenaChunk *c = a->head;
	while (c) {
		ArenaChunk *next = c->next;
		/* under AddressSanitizer every chunk goes back to malloc
		 * (chunk_new says why) */
		bool kept = false;
		if (c->cap == CHUNK_CAP && !UTIL_ASAN) {
			pool_lock();
			if (pool.n < POOL_MAX) {
				c->next = pool.head;
				pool.head = c;
				pool.n++;
				kept = true;
			}
			pool_unlock();
		}
		if (!kept)
			chunk_del(c);
		c = next;
	}
	a->head = NULL;
	a->used = 0;
}

size_t arena_footprint(const Arena *a)
{
	size_t n = 0;
	for (const ArenaChunk *c = a->head; c; c = c->next)
		n += sizeof *c + c->cap;
	return n;
}

void arena_release_pool(void)
{
	while (pool.head) {
		ArenaChunk *next = pool.head->next;
		chunk_del(pool.head);
		pool.head = next;
	}
	pool.n = 0;
}

/* ---- vectors --------------------------------------------------------- */

void vec_push(PtrVec *v, void *p)
{
	if (v->len == v->cap) {
		v->cap = v->cap ? 2 * v->cap : 8;
		v->data = xrealloc(v->data, v->cap * sizeof *v->data);
	}
	v->data[v->len++] = p;
}

void vec_free(PtrVec *v)
{
	free(v->data);
	v->data = NULL;
	v->len = v->cap = 0;
}

void **vec_freeze(PtrVec *v, Arena *a)
{
	if (v->len == 0)
		return NULL;
	void **p = arena_alloc(a, v->len * sizeof *p);
	memcpy(p, v->data, v->len * sizeof *p);
	return p;
}

/* ---- interned identifiers -------------------------------------------- */

/* Open addressing with linear probing.  A slot keeps the hash and length
 * beside the Sym pointer, so a probe touches the Sym only on a likely
 * match; the spelling lives right after its Sym.  The table doubles at
 * half load. */
typedef struct SymSlot {
	uint64_t head;     /* the first 8 bytes of the spelling, zero padded */
	uint32_t hash;
	uint32_t len;
	Sym *sym;
} SymSlot;

static struct {
	SymSlot *slots;
	uint32_t cap, count;
	Arena arena;
	bool keywords_done;
} symtab;

/* Up to 8 bytes of s as a little word, zero padded.  avail is how many
 * bytes may be read at s: with 8 or more, one load and a mask do it. */
static inline uint64_t load_head(const char *s, size_t n, size_t avail)
{
	uint64_t w = 0;
	if (avail >= 8) {
		memcpy(&w, s, 8); /* one unaligned load */
		return n >= 8 ? w : w & ((1ull << (8 * n)) - 1);
	}
	for (size_t i = 0; i < n && i < 8; i++)
		w |= (uint64_t)(unsigned char)s[i] << (8 * i);
	return w;
}

/* A word-at-a-time multiplicative hash: identifiers are short. */
static uint32_t hash_bytes(const char *s, size_t n, uint64_t head, size_t avail)
{
	uint64_t h = head ^ (n * 0x9e3779b97f4a7c15ull);
	h *= 0xff51afd7ed558ccdull;
	for (size_t i = 8; i < n; i += 8) {
		uint64_t w = load_head(s + i, n - i, avail - i);
		h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
	}
	h ^= h >> 33; /* murmur3's finaliser: every bit reaches the low ones */
	h *= 0xc4ceb9fe1a85ec53ull;
	h ^= h >> 33;
	return (uint32_t)h;
}

static void sym_grow(void)
{
	uint32_t ncap = symtab.cap ? 2 * symtab.cap : 1u << 14;
	SymSlot *ns = xmalloc(ncap * sizeof *ns);
	memset(ns, 0, ncap * sizeof *ns);
	for (uint32_t i = 0; i < symtab.cap; i++) {
		SymSlot sl = symtab.slots[i];
		if (!sl.sym)
			continue;
		uint32_t j = sl.hash & (ncap - 1);
		while (ns[j].sym)
			j = (j + 1) & (ncap - 1);
		ns[j] = sl;
	}
	free(symtab.slots);
	symtab.slots = ns;
	symtab.cap = ncap;
}

/* A small direct-mapped cache in front of the table: a file repeats its
 * identifiers, and the whole table of a large run does not fit in the
 * processor's caches. */
enum { SYM_CACHE = 4096 };
static _Thread_local SymSlot symcache[SYM_CACHE];

static Sym *sym_lookup_table(const char *s, size_t len, uint64_t head, uint32_t h, SymSlot *c);

static Sym *sym_lookup(const char *s, size_t len, size_t avail)
{
	uint64_t head = load_head(s, len, avail);
	uint32_t h = hash_bytes(s, len, head, avail);
	SymSlot *c = &symcache[h & (SYM_CACHE - 1)];
	if (c->sym && c->hash == h && c->len == len && c->head == head &&
	    (len <= 8 || memcmp(c->sym->name + 8, s + 8, len - 8) == 0))
		return c->sym;
	if (threaded) {
		pthread_mutex_lock(&sym_mu);
		Sym *p = sym_lookup_table(s, len, head, h, c);
		pthread_mutex_unlock(&sym_mu);
		return p;
	}
	return sym_lookup_table(s, len, head, h, c);
}

/* The table behind the cache (under sym_mu when threaded). */
static Sym *sym_lookup_table(const char *s, size_t len, uint64_t head, uint32_t h, SymSlot *c)
{
	if (2 * (symtab.count + 1) > symtab.cap)
		sym_grow();
	uint32_t mask = symtab.cap - 1;
	for (uint32_t i = h & mask;; i = (i + 1) & mask) {
		SymSlot *sl = &symtab.slots[i];
		if (!sl->sym) {
			Sym *p = arena_alloc(&symtab.arena, sizeof *p + len + 1);
			char *name = (char *)(p + 1);
			memcpy(name, s, len);
			p->name = name;
			p->len = (int)len;
			p->hash = h;
			sl->head = head;
			sl->hash = h;
			sl->len = (uint32_t)len;
			sl->sym = p;
			symtab.count++;
			*c = *sl;
			return p;
		}
		if (sl->hash == h && sl->len == len && sl->head == head &&
		    (len <= 8 || memcmp(sl->sym->name + 8, s + 8, len - 8) == 0)) {
			*c = *sl;
			return sl->sym;
		}
	}
}

static void sym_init_keywords(void)
{
	symtab.keywords_done = true;
	for (int t = T_BREAK; t <= T_VAR; t++) {
		const char *kw = lex_tokstr((Tok)t);
		sym_lookup(kw, strlen(kw), strlen(kw))->tok = t;
	}
}

Sym *sym_intern(const char *s, size_t len)
{
	if (!symtab.keywords_done)
		sym_init_keywords();
	return sym_lookup(s, len, len);
}

Sym *sym_intern_in(const char *s, size_t len, size_t avail)
{
	if (!symtab.keywords_done)
		sym_init_keywords();
	return sym_lookup(s, len, avail);
}

Sym *sym_cstr(const char *s)
{
	return sym_intern(s, strlen(s));
}

void sym_free_all(void)
{
	free(symtab.slots);
	arena_free(&symtab.arena);
	memset(&symtab, 0, sizeof symtab);
	memset(symcache, 0, sizeof symcache);
}

/* ---- the file table -------------------------------------------------- */

/* Blocks of FILE_BLOCK entries that never move, so that file_get needs no
 * lock while another thread adds a file (goescape -m -j: wrappers'
 * <autogenerated> file, other packages' files as export data names
 * them).  n is published after the entry is written. */
enum { FILE_BLOCK = 1024, FILE_BLOCKS = 16384 };
static struct {
	SrcFile **block[FILE_BLOCKS];
	_Atomic uint32_t n;
} files;

uint32_t file_add(const char *path, const char *data, size_t size)
{
	SrcFile *f = xmalloc(sizeof *f);
	memset(f, 0, sizeof *f);
	f->path = xstrdup(path);
	f->data = data;
	f->size = size;
	if (threaded)
		pthread_mutex_lock(&file_mu);
	uint32_t idx = files.n;
	if (idx / FILE_BLOCK >= FILE_BLOCKS)
		util_die("too many files (%u)", idx);
	SrcFile ***b = &files.block[idx / FILE_BLOCK];
	if (!*b)
		*b = xmalloc(FILE_BLOCK * sizeof **b);
	(*b)[idx % FILE_BLOCK] = f;
	files.n = idx + 1;
	if (threaded)
		pthread_mutex_unlock(&file_mu);
	return idx;
}

SrcFile *file_get(uint32_t idx)
{
	if (idx >= files.n)
		fatal_internal("file index %u out of range", idx);
	return files.block[idx / FILE_BLOCK][idx % FILE_BLOCK];
}

void file_release_data(uint32_t idx)
{
	SrcFile *f = file_get(idx);
	free((char *)f->data);
	f->data = NULL;
	f->size = 0;
}

void file_free_all(void)
{
	uint32_t n = files.n;
	for (uint32_t i = 0; i < n; i++) {
		SrcFile *f = file_get(i);
		for (int j = 0; j < f->nlines; j++)
			free((char *)f->lines[j].filename);
		free(f->lines);
		for (int j = 0; j < f->nlinknames; j++)
			free(f->linknames[j].local);
		free(f->linknames);
		free((char *)f->path);
		free((char *)f->data);
		free(f);
	}
	for (uint32_t b = 0; b < FILE_BLOCKS && files.block[b]; b++)
		free(files.block[b]);
	memset(files.block, 0, sizeof files.block);
	files.n = 0;
}

/* One open, one fstat, and reads straight into a buffer of the file's
 * size: a run reads thousands of files, and stdio's buffering, seeks
 * and extra fstat calls cost more system calls than the reading. */
char *util_read_file(const char *path, size_t *size)
{
	return util_read_file_at(AT_FDCWD, path, size);
}

long util_read_upto(int fd, char *buf, size_t n, bool regular)
{
	size_t done = 0;
	while (done < n) {
		ssize_t got = read(fd, buf + done, n - done);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (got == 0)
			break;
		done += (size_t)got;
		/* a regular file reads short only at its end */
		if (regular && done < n)
			break;
	}
	return (long)done;
}

char *util_read_file_at(int dirfd, const char *path, size_t *size)
{
	int fd = openat(dirfd, path, O_RDONLY);
	if (fd < 0)
		return NULL;
	struct stat st;
	bool regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
	size_t cap = 1 << 16;
	if (regular) {
		/* Positions count bytes in 32 bits: refuse what they cannot
		 * hold, before reading any of it. */
		if ((uint64_t)st.st_size > UTIL_MAX_FILE) {
			close(fd);
			errno = EFBIG;
			return NULL;
		}
		cap = (size_t)st.st_size + 1; /* room to see the end */
	}
	char *buf = xmalloc(cap + 1);
	size_t n = 0;
	for (;;) {
		long got = util_read_upto(fd, buf + n, cap - n, regular);
		if (got < 0) {
			int e = errno;
			close(fd);
			free(buf);
			errno = e;
			return NULL;
		}
		n += (size_t)got;
		if (n < cap)
			break;
		if (cap > UTIL_MAX_FILE) { /* it grew while we read */
			close(fd);
			free(buf);
			errno = EFBIG;
			return NULL;
		}
		cap *= 2;
		buf = xrealloc(buf, cap + 1);
	}
	close(fd);
	buf[n] = 0;
	*size = n;
	return buf;
}

/* ---- positions as printed -------------------------------------------- */

/* The directive in effect at raw position (line, col): the last one that
 * starts at or before it. */
static const LineDirective *directive_at(const SrcFile *f, uint32_t line, uint32_t col)
{
	const LineDirective *d = NULL;
	int lo = 0, hi = f->nlines;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		const LineDirective *m = &f->lines[mid];
		if (m->line < line || (m->line == line && m->col <= col)) {
			d = m;
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return d;
}

const char *file_rel_name(Pos pos)
{
	const SrcFile *f = file_get(pos.file);
	const LineDirective *d = directive_at(f, pos.line, pos.col);
	return d ? d->filename : f->path;
}

/* gc squeezes a position into a 32-bit "lico": lines up to 2^20-2 and
 * columns up to 255; a longer line loses its column and a column past the
 * limit prints as none (cmd/internal/src). */
enum { LICO_LINE_MAX = (1 << 20) - 2, LICO_COL_MAX = (1 << 8) - 1 };

static void lico(uint32_t *line, uint32_t *col)
{
	if (*line >= LICO_LINE_MAX) {
		*line = LICO_LINE_MAX;
		*col = 0;
	} else if (*col > LICO_COL_MAX) {
		*col = LICO_COL_MAX;
	}
}

/* gc's relative position: lines count from the directive's line; a
 * column is only adjusted on the directive's own line, and is dropped
 * when the directive gave none (syntax/pos.go, RelLine/RelCol). */
void diag_format_pos(Pos pos, char *buf, size_t n)
{
	const SrcFile *f = file_get(pos.file);
	const LineDirective *d = directive_at(f, pos.line, pos.col);
	uint32_t line = pos.line, col = pos.col;
	const char *name = f->path;
	lico(&line, &col);
	if (d) {
		uint32_t bline = d->line, bcol = d->col;
		lico(&bline, &bcol);
		name = d->filename;
		uint32_t rline = d->rline ? d->rline + (line - bline) : 0;
		uint32_t rcol = 0;
		if (d->rcol)
			rcol = line == bline ? d->rcol + (col - bcol) : col;
		line = rline;
		col = rcol;
	}
	/* "name:line:col" or "name:line", cut to n bytes as snprintf
	 * would: this runs for every -m line */
	if (!n)
		return;
	size_t k = strlen(name);
	if (k > n - 1)
		k = n - 1;
	memcpy(buf, name, k);
	uint32_t nums[2] = { line, col };
	int nnums = col > 0 && col < LICO_COL_MAX ? 2 : 1;
	for (int i = 0; i < nnums; i++) {
		char digits[10];
		int nd = 0;
		uint32_t v = nums[i];
		do {
			digits[nd++] = (char)('0' + v % 10);
			v /= 10;
		} while (v);
		if (k + 1 < n)
			buf[k++] = ':';
		while (nd > 0 && k + 1 < n)
			buf[k++] = digits[--nd];
	}
	buf[k] = 0;
}

/* ---- diagnostics ----------------------------------------------------- */

typedef struct Diag {
	Pos pos;
	uint32_t seq;    /* report order, for a stable sort */
	char *text;      /* "file:line:col: msg" */
} Diag;

static _Thread_local struct {
	Diag *v;
	int n, cap;
	int limit;          /* stop collecting after this many; 0: no limit */
	bool toomany;
	char toomany_at[1024];
	Pos last_syntax, last_other;  /* gc's per-line suppression */
	char last_msg[1024];
	/* gc sorts by position base first, and a file's base is numbered
	 * when its first position is converted: in a package the order
	 * in which files first have an error, not the command-line order.
	 * rank[file] is that order + 1 (0: no error yet). */
	uint32_t *rank;
	uint32_t nrank, nranked;
} diags = {.limit = 10};        /* each thread's own (goescape -m -j: packages
                                 * parsed ahead on the workers) */

static void diag_rank(uint32_t file)
{
	if (file >= diags.nrank) {
		uint32_t n = diags.nrank ? diags.nrank : 16;
		while (n <= file)
			n *= 2;
		diags.rank = xrealloc(diags.rank, n * sizeof *diags.rank);
		memset(diags.rank + diags.nrank, 0, (n - diags.nrank) * sizeof *diags.rank);
		diags.nrank = n;
	}
	if (!diags.rank[file])
		diags.rank[file] = ++diags.nranked;
}

void diag_set_limit(int n)
{
	diags.limit = n;
}

void diag_error(Pos pos, const char *fmt, ...)
{
	char msg[1024], where[1024];
	va_list ap;
	if (diags.toomany)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	/* gc keeps one syntax error per line, and drops an error that
	 * repeats the previous non-syntax error on the same line */
	if (strncmp(msg, "syntax error", 12) == 0) {
		if (diags.last_syntax.line && diags.last_syntax.file == pos.file &&
		    diags.last_syntax.line == pos.line)
			return;
		diags.last_syntax = pos;
	} else {
		if (diags.last_other.line && diags.last_other.file == pos.file &&
		    diags.last_other.line == pos.line && strcmp(diags.last_msg, msg) == 0)
			return;
		diags.last_other = pos;
		snprintf(diags.last_msg, sizeof diags.last_msg, "%s", msg);
	}
	diag_format_pos(pos, where, sizeof where);
	if (diags.n == diags.cap) {
		diags.cap = diags.cap ? 2 * diags.cap : 16;
		diags.v = xrealloc(diags.v, diags.cap * sizeof *diags.v);
	}
	size_t len = strlen(where) + strlen(msg) + 3;
	Diag *d = &diags.v[diags.n];
	d->pos = pos;
	diag_rank(pos.file);
	d->seq = (uint32_t)diags.n;
	d->text = xmalloc(len);
	snprintf(d->text, len, "%s: %s", where, msg);
	diags.n++;
	/* gc gives up at the tenth error, naming its position */
	if (diags.limit && diags.n >= diags.limit) {
		diags.toomany = true;
		snprintf(diags.toomany_at, sizeof diags.toomany_at, "%s", where);
	}
}

struct DiagSet {
	Diag *v;
	int n;
	bool toomany;
	char toomany_at[1024];
};

DiagSet *diag_take(void)
{
	DiagSet *s = xmalloc(sizeof *s);
	s->v = diags.v;
	s->n = diags.n;
	s->toomany = diags.toomany;
	memcpy(s->toomany_at, diags.toomany_at, sizeof s->toomany_at);
	diags.v = NULL;
	diags.n = diags.cap = 0;
	diag_reset();
	return s;
}

void diag_put(DiagSet *s)
{
	for (int i = 0; i < s->n; i++) {
		if (diags.n == diags.cap) {
			diags.cap = diags.cap ? 2 * diags.cap : 16;
			diags.v = xrealloc(diags.v, diags.cap * sizeof *diags.v);
		}
		Diag d = s->v[i];
		diag_rank(d.pos.file);
		d.seq = (uint32_t)diags.n;
		diags.v[diags.n++] = d;
	}
	if (s->toomany && !diags.toomany) {
		diags.toomany = true;
		memcpy(diags.toomany_at, s->toomany_at, sizeof diags.toomany_at);
	}
	free(s->v);
	free(s);
}

bool diag_too_many(void)
{
	return diags.toomany;
}

int diag_count(void)
{
	return diags.n;
}

static int diag_cmp(const void *a, const void *b)
{
	const Diag *x = a, *y = b;
	if (x->pos.file != y->pos.file)
		return diags.rank[x->pos.file] < diags.rank[y->pos.file] ? -1 : 1;
	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	uint32_t xl = x->pos.line, xc = x->pos.col, yl = y->pos.line, yc = y->pos.col;
	lico(&xl, &xc); /* gc sorts the squeezed positions */
	lico(&yl, &yc);
	if (xc != yc)
		return xc < yc ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

int diag_flush(FILE *f)
{
	int printed = 0;
	qsort(diags.v, diags.n, sizeof *diags.v, diag_cmp);
	for (int i = 0; i < diags.n; i++) {
		if (i > 0 && strcmp(diags.v[i].text, diags.v[i - 1].text) == 0)
			continue;
		fprintf(f, "%s\n", diags.v[i].text);
		printed++;
	}
	if (diags.toomany)
		fprintf(f, "%s: too many errors\n", diags.toomany_at);
	diag_reset();
	return printed;
}

void diag_reset(void)
{
	for (int i = 0; i < diags.n; i++)
		free(diags.v[i].text);
	free(diags.v);
	diags.v = NULL;
	diags.n = diags.cap = 0;
	diags.toomany = false;
	free(diags.rank);
	diags.rank = NULL;
	diags.nrank = diags.nranked = 0;
	memset(&diags.last_syntax, 0, sizeof diags.last_syntax);
	memset(&diags.last_other, 0, sizeof diags.last_other);
	diags.last_msg[0] = 0;
}

/* ---- memory statistics ----------------------------------------------- */

void util_mem_stats(size_t *syms, size_t *nfiles, size_t *pooled)
{
	*syms = arena_footprint(&symtab.arena) + symtab.cap * sizeof *symtab.slots;
	uint32_t nf = files.n;
	size_t n = 0;
	for (uint32_t b = 0; b < FILE_BLOCKS && files.block[b]; b++)
		n += FILE_BLOCK * sizeof *files.block[b];
	for (uint32_t i = 0; i < nf; i++) {
		SrcFile *f = file_get(i);
		n += sizeof *f + strlen(f->path) + 1 + f->size + (size_t)f->caplines * sizeof *f->lines;
	}
	*nfiles = n;
	*pooled = (size_t)pool.n * ARENA_CHUNK;
}

void util_rss(long *now_kb, long *peak_kb)
{
	*now_kb = *peak_kb = 0;
	FILE *f = fopen("/proc/self/status", "r");
	if (!f)
		return;
	char line[256];
	while (fgets(line, sizeof line, f)) {
		if (strncmp(line, "VmRSS:", 6) == 0)
			*now_kb = strtol(line + 6, NULL, 10);
		else if (strncmp(line, "VmHWM:", 6) == 0)
			*peak_kb = strtol(line + 6, NULL, 10);
	}
	fclose(f);
}

/* "$GOROOT/src/..." for a file under GOROOT/src (both resolved: the tree
 * may be reached through symbolic links, and a file may be named
 * relative to the working directory, "../src/..."): how gc names it
 * when it reads it from another package's export data. */
bool util_goroot_name(const char *goroot, const char *path, char *out, size_t size)
{
	char src[PATH_MAX], rsrc[PATH_MAX], rpath[PATH_MAX];
	if ((size_t)snprintf(src, sizeof src, "%s/src", goroot) >= sizeof src)
		return false;
	if (!realpath(src, rsrc) || !realpath(path, rpath))
		return false;
	size_t n = strlen(rsrc);
	if (strncmp(rpath, rsrc, n) != 0 || rpath[n] != '/')
		return false;
	return (size_t)snprintf(out, size, "$GOROOT/src%s", rpath + n) < size;
}
