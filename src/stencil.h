/*
 * stencil.h — shape types and the retyped tree of a generic function,
 * for irgen's shape instantiations (stencil.c; docs/escape-design.md
 * §2.4 "Generic code").
 */
#ifndef STENCIL_H
#define STENCIL_H

#include "goescape.h"
#include "types.h"
#include "check.h"

/* typecheck.Shapify: the shape type standing for type argument t of the
 * type parameter tparam (index its index); NULL when t cannot have one
 * here (it still holds a type parameter, or shapes inside it). */
Type *stencil_shape(TypeCtx *c, Type *t, int index, Type *tparam);
bool stencil_has_typeparam(Type *t);
/* Drop the shapes made in c (before c is freed). */
void stencil_forget_shapes(TypeCtx *c);

/* The checker's types in a generic function's tree, substituted until
 * stencil_retype_end puts them back: each expression's recorded type and
 * the type of each local variable and parameter. */
typedef struct StencilRetype {
	TypeCtx *ctx;
	Type **from, **to;
	int nmap;
	Type ***slots;
	Type **old;
	int n, cap;
} StencilRetype;

void stencil_retype_begin(StencilRetype *r, TypeCtx *ctx, Node *decl, Object *fn, Type **from, Type **to, int n);
void stencil_retype_end(StencilRetype *r);
/* What *slot held before stencil_retype_begin substituted it, or NULL
 * when it was not substituted.  A function literal's signature keeps
 * its own parameter objects (retyped in place), which its body's names
 * denote; the substituted signature has fresh ones. */
Type *stencil_unsubst(StencilRetype *r, Type **slot);
/* t with the substitution applied (t itself when r is NULL). */
Type *stencil_subst(StencilRetype *r, Type *t);

#endif
