	.file	"__compute_module___compute_module_wrapped_add"
	.section	.ltext,"axl",@progbits
	.globl	wrapped_add
	.p2align	4
	.type	wrapped_add,@function
wrapped_add:
	movq	8(%rdi), %rax
	cmpq	$0, (%rax)
	jle	.LBB0_1
	xorl	%eax, %eax
	retq
.LBB0_1:
	movq	24(%rdi), %rax
	movq	32(%rax), %rcx
	movq	(%rax), %rdx
	movq	16(%rax), %rax
	movl	(%rax), %eax
	addl	(%rdx), %eax
	movl	%eax, (%rcx)
	xorl	%eax, %eax
	retq
.Lfunc_end0:
	.size	wrapped_add, .Lfunc_end0-wrapped_add

	.section	".note.GNU-stack","",@progbits
