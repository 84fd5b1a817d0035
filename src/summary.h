/*
 * summary.h — what importers know of a compiled package: gc's export
 * data, reduced to what escape analysis and the inliner read
 * (docs/escape-design.md §2.10, §5.6).
 *
 * The driver computes a package's summary by running goescape's own
 * pipeline over it (silently when it is only a dependency), right after
 * escape analysis, and keeps it for the rest of the run; irgen reads it
 * when a function of the package being built refers to a function or
 * method of another package.  The data is plain and keyed by the
 * checker's Object (which outlives every package's IR), as gc's export
 * data is keyed by symbol:
 *
 *   - the parameter tags (IrParam.note: leaks strings, receiver first),
 *   - the pragma bits, as gc exports Func.Pragma after escape analysis
 *     (so with UintptrKeepAlive on body-less functions),
 *   - whether the function was inlinable (gc exports Inl.Cost) and its
 *     saved body (gc exports Inl.Body): irgen gives an importer compiled
 *     with inlining the body in imported form (irgen.c: import_body).
 *     Only the bodies gc's export data holds are kept (those of the
 *     exported functions, of the methods of the types it writes, and
 *     what they call: summary_mentions), copied out of the package's IR
 *     with what they reach (summary_compact), so that each package's IR
 *     arena goes once it is analysed.
 *
 * A function irgen could not build (and so not analyse) has no entry:
 * an importer must not guess its tags.
 */
#ifndef SUMMARY_H
#define SUMMARY_H

#include "goescape.h"
#include "types.h"
#include "ir.h"

#include <pthread.h>

typedef struct FuncSummary {
	const Object *obj;      /* a shape instantiation's: its generic
	                         * function or method */
	const Sym *shape;       /* a shape instantiation's name, or NULL */
	uint32_t pragma;        /* PRAG_ bits after escape analysis */
	int inl_cost;           /* -1: not inlinable */
	bool written;           /* its body is in the export data
	                         * (summary_mentions) */
	int nnotes;             /* receiver (if any), then parameters */
	const char **notes;     /* leaks strings (may hold NUL bytes) */
	size_t *note_lens;
	const IrFunc *fn;       /* an inlinable function with its saved
	                         * inline body (fn->inl), copied out of its
	                         * package's IR (summary_compact); NULL
	                         * when it is not inlinable or its body is
	                         * not written */
} FuncSummary;

typedef struct Summaries {
	Arena arena;
	FuncSummary **tab;      /* open addressing by Object pointer */
	uint32_t n, cap;
	size_t nbodies, ncopied_nodes, ncopied_funcs;   /* summary_compact's
	                                                 * copies (-stats) */
	PtrVec mentions;        /* pairs: Package*, PtrVec* of the packages
	                         * its export data names (summary_mentions) */
	PtrVec shapes;          /* FuncSummary*: the shape instantiations
	                         * built (gc exports them with their tags;
	                         * no body kept) */
	PtrVec generics;        /* pairs: Object*, Node*: a generic function
	                         * or method and its checked declaration (gc
	                         * exports generic bodies whole); the trees
	                         * holding them are kept for the run */
	/* packages checked and analysed on several threads (goescape -m
	 * -j): every function here takes it while util_threaded() */
	pthread_mutex_t lock;
} Summaries;

void summary_init(Summaries *s);
void summary_free(Summaries *s);
/* Record fn (the analysed function of obj) with its tags. */
void summary_add(Summaries *s, const Object *obj, const IrFunc *fn);
/* Record the packages pkg's export data would name: itself, those of
 * the types its exported declarations reach and of what its inline
 * bodies refer to (funcs: Object*, IrFunc* pairs, each recorded by
 * summary_add).  gc counts them, over the imports of a package, to
 * qualify a name by its path when two share it (types.NumImport).  The
 * functions whose bodies are written are marked (FuncSummary.written). */
void summary_mentions(Summaries *s, Package *pkg, const PtrVec *funcs);
/* After summary_mentions: copy the bodies written, and what they reach,
 * out of the package's IR into the summaries' arena (the other
 * functions' fn becomes NULL), so that the IR arena can go. */
void summary_compact(Summaries *s, const PtrVec *funcs);
/* The packages recorded for pkg, or NULL. */
const PtrVec *summary_mentioned(const Summaries *s, const Package *pkg);
/* Record the declaration of generic function (or method) obj. */
void summary_add_generic(Summaries *s, const Object *obj, Node *decl);
/* The declaration of generic obj (an instance's method: its origin's),
 * or NULL. */
Node *summary_generic_decl(const Summaries *s, const Object *obj);
/* obj's summary, or NULL when its function was not analysed. */
const FuncSummary *summary_get(const Summaries *s, const Object *obj);
/* Record fn, the analysed shape instantiation name of generic gen (a
 * method's: its origin), with its tags (the first one recorded stays:
 * every package builds the same). */
void summary_add_shape(Summaries *s, const Object *gen, const Sym *name, const IrFunc *fn);
/* The shape instantiation name of gen built (and analysed) by some
 * package, or NULL. */
const FuncSummary *summary_get_shape(const Summaries *s, const Object *gen, const Sym *name);

#endif
