"""A function whose lowering works but whose compile fails: a call to an FFI handler nobody registered."""
import jax
import jax.numpy as jnp


def calls_missing_kernel(x):
    y = jnp.sin(x)
    out = jax.ffi.ffi_call("irlens_missing_kernel", jax.ShapeDtypeStruct(y.shape, y.dtype))(y)
    return out * 2


def example():
    return calls_missing_kernel, (jnp.ones(8),)
