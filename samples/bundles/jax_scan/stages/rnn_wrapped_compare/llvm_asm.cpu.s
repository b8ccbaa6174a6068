	.file	"__compute_module___compute_module_wrapped_compare"
	.section	.ltext,"axl",@progbits
	.globl	wrapped_compare
	.p2align	4
	.type	wrapped_compare,@function
wrapped_compare:
	movq	8(%rdi), %rax
	cmpq	$0, (%rax)
	jle	.LBB0_1
	xorl	%eax, %eax
	retq
.LBB0_1:
	movq	24(%rdi), %rax
	movq	(%rax), %rdx
	movq	32(%rax), %rcx
	movq	16(%rax), %rax
	movl	(%rdx), %edx
	cmpl	(%rax), %edx
	setl	(%rcx)
	xorl	%eax, %eax
	retq
.Lfunc_end0:
	.size	wrapped_compare, .Lfunc_end0-wrapped_compare

	.section	".note.GNU-stack","",@progbits
