	.file	"__compute_module_wrapped_broadcast_kernel_module"
	.section	.ltext,"axl",@progbits
	.globl	wrapped_broadcast
	.p2align	4
	.type	wrapped_broadcast,@function
wrapped_broadcast:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	24(%rdi), %rcx
	movq	(%rcx), %rax
	vbroadcastss	(%rax), %ymm0
	movl	$480, %eax
	addq	16(%rcx), %rax
	xorl	%ecx, %ecx
	.p2align	4
.LBB0_1:
	xorl	%edx, %edx
	.p2align	4
.LBB0_2:
	vmovups	%ymm0, -480(%rax,%rdx)
	vmovups	%ymm0, -448(%rax,%rdx)
	vmovups	%ymm0, -416(%rax,%rdx)
	vmovups	%ymm0, -384(%rax,%rdx)
	vmovups	%ymm0, -352(%rax,%rdx)
	vmovups	%ymm0, -320(%rax,%rdx)
	vmovups	%ymm0, -288(%rax,%rdx)
	vmovups	%ymm0, -256(%rax,%rdx)
	vmovups	%ymm0, -224(%rax,%rdx)
	vmovups	%ymm0, -192(%rax,%rdx)
	vmovups	%ymm0, -160(%rax,%rdx)
	vmovups	%ymm0, -128(%rax,%rdx)
	vmovups	%ymm0, -96(%rax,%rdx)
	vmovups	%ymm0, -64(%rax,%rdx)
	vmovups	%ymm0, -32(%rax,%rdx)
	vmovups	%ymm0, (%rax,%rdx)
	addq	$512, %rdx
	cmpq	$4096, %rdx
	jne	.LBB0_2
	incq	%rcx
	addq	$4096, %rax
	cmpq	$16, %rcx
	jne	.LBB0_1
	xorl	%eax, %eax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end0:
	.size	wrapped_broadcast, .Lfunc_end0-wrapped_broadcast
	.cfi_endproc

	.section	".note.GNU-stack","",@progbits
