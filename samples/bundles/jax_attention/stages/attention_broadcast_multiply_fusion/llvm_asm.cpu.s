	.file	"__compute_module_broadcast_multiply_fusion_kernel_module"
	.section	.ltext,"axl",@progbits
	.globl	broadcast_multiply_fusion
	.p2align	4
	.type	broadcast_multiply_fusion,@function
broadcast_multiply_fusion:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	24(%rdi), %rdx
	movl	$224, %ecx
	xorl	%esi, %esi
	movq	16(%rdx), %rax
	addq	(%rdx), %rcx
	xorl	%edx, %edx
	.p2align	4
.LBB0_1:
	movq	%rsi, %rdi
	shlq	$10, %rdi
	shlq	$16, %rsi
	xorl	%r8d, %r8d
	addq	%rax, %rdi
	addq	%rcx, %rsi
	.p2align	4
.LBB0_2:
	movq	%rsi, %r9
	xorl	%r10d, %r10d
	.p2align	4
.LBB0_3:
	vbroadcastss	(%rdi,%r10,4), %ymm0
	incq	%r10
	vmulps	-224(%r9), %ymm0, %ymm1
	vmulps	-192(%r9), %ymm0, %ymm2
	vmulps	-160(%r9), %ymm0, %ymm3
	vmulps	-128(%r9), %ymm0, %ymm4
	vmovups	%ymm1, -224(%r9)
	vmovups	%ymm2, -192(%r9)
	vmovups	%ymm3, -160(%r9)
	vmovups	%ymm4, -128(%r9)
	vmulps	-96(%r9), %ymm0, %ymm1
	vmulps	-64(%r9), %ymm0, %ymm2
	vmulps	-32(%r9), %ymm0, %ymm3
	vmulps	(%r9), %ymm0, %ymm0
	vmovups	%ymm1, -96(%r9)
	vmovups	%ymm2, -64(%r9)
	vmovups	%ymm3, -32(%r9)
	vmovups	%ymm0, (%r9)
	addq	$256, %r9
	cmpq	$64, %r10
	jne	.LBB0_3
	incq	%r8
	addq	$16384, %rsi
	addq	$256, %rdi
	cmpq	$4, %r8
	jne	.LBB0_2
	movl	$1, %esi
	testb	$1, %dl
	movb	$1, %dl
	je	.LBB0_1
	xorl	%eax, %eax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end0:
	.size	broadcast_multiply_fusion, .Lfunc_end0-broadcast_multiply_fusion
	.cfi_endproc

	.section	".note.GNU-stack","",@progbits
