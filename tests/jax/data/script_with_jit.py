"""A script that jits its own functions: a decorator, jit with static arguments, and an explicit
lower().compile(). The imports share a line, as scripts often do."""
import functools, jax  # noqa: E401

import jax.numpy as jnp
from jax import jit


@jax.jit
def scale(x):
    return x * 2.0 + 1.0


@functools.partial(jax.jit, static_argnames=("axis",))
def normalize(x, axis):
    return x / jnp.sum(x, axis=axis, keepdims=True)


def total(x):
    return jnp.sin(x).sum()


x = jnp.ones((4, 8))
scale(x)
scale(x)  # the same signature again: captured once
normalize(x, axis=1)
normalize(x, 1)  # the same static value passed by position: the same compile
normalize(x, axis=0)  # another static value: another compile
jit(total).lower(x).compile()
