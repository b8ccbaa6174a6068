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
	movq	24(%rdi), %rdi
	movl	$480, %edx
	movq	48(%rdi), %rsi
	movq	(%rdi), %rax
	movq	32(%rdi), %rcx
	addq	%rdx, %rsi
	addq	16(%rdi), %rdx
	xorl	%edi, %edi
	.p2align	4
.LBB0_1:
	vbroadcastss	(%rcx,%rdi,4), %ymm0
	xorl	%r8d, %r8d
	.p2align	4
.LBB0_2:
	vmulps	-480(%rdx,%r8,4), %ymm0, %ymm1
	vmulps	-448(%rdx,%r8,4), %ymm0, %ymm2
	vmulps	(%rax,%r8,4), %ymm1, %ymm1
	vmulps	32(%rax,%r8,4), %ymm2, %ymm2
	vmovups	%ymm1, -480(%rsi,%r8,4)
	vmovups	%ymm2, -448(%rsi,%r8,4)
	vmulps	-416(%rdx,%r8,4), %ymm0, %ymm1
	vmulps	-384(%rdx,%r8,4), %ymm0, %ymm2
	vmulps	64(%rax,%r8,4), %ymm1, %ymm1
	vmulps	96(%rax,%r8,4), %ymm2, %ymm2
	vmovups	%ymm1, -416(%rsi,%r8,4)
	vmovups	%ymm2, -384(%rsi,%r8,4)
	vmulps	-352(%rdx,%r8,4), %ymm0, %ymm1
	vmulps	-320(%rdx,%r8,4), %ymm0, %ymm2
	vmulps	128(%rax,%r8,4), %ymm1, %ymm1
	vmulps	160(%rax,%r8,4), %ymm2, %ymm2
	vmovups	%ymm1, -352(%rsi,%r8,4)
	vmovups	%ymm2, -320(%rsi,%r8,4)
	vmulps	-288(%rdx,%r8,4), %ymm0, %ymm1
	vmulps	-256(%rdx,%r8,4), %ymm0, %ymm2
	vmulps	192(%rax,%r8,4), %ymm1, %ymm1
	vmulps	224(%rax,%r8,4), %ymm2, %ymm2
	vmovups	%ymm1, -288(%rsi,%r8,4)
	vmovups	%ymm2, -256(%rsi,%r8,4)
	vmulps	-224(%rdx,%r8,4), %ymm0, %ymm1
	vmulps	-192(%rdx,%r8,4), %ymm0, %ymm2
	vmulps	256(%rax,%r8,4), %ymm1, %ymm1
	vmulps	288(%rax,%r8,4), %ymm2, %ymm2
	vmovups	%ymm1, -224(%rsi,%r8,4)
	vmovups	%ymm2, -192(%rsi,%r8,4)
	vmulps	-160(%rdx,%r8,4), %ymm0, %ymm1
	vmulps	-128(%rdx,%r8,4), %ymm0, %ymm2
	vmulps	320(%rax,%r8,4), %ymm1, %ymm1
	vmulps	352(%rax,%r8,4), %ymm2, %ymm2
	vmovups	%ymm1, -160(%rsi,%r8,4)
	vmovups	%ymm2, -128(%rsi,%r8,4)
	vmulps	-96(%rdx,%r8,4), %ymm0, %ymm1
	vmulps	-64(%rdx,%r8,4), %ymm0, %ymm2
	vmulps	384(%rax,%r8,4), %ymm1, %ymm1
	vmulps	416(%rax,%r8,4), %ymm2, %ymm2
	vmovups	%ymm1, -96(%rsi,%r8,4)
	vmovups	%ymm2, -64(%rsi,%r8,4)
	vmulps	-32(%rdx,%r8,4), %ymm0, %ymm1
	vmulps	(%rdx,%r8,4), %ymm0, %ymm2
	vmulps	448(%rax,%r8,4), %ymm1, %ymm1
	vmulps	480(%rax,%r8,4), %ymm2, %ymm2
	vmovups	%ymm1, -32(%rsi,%r8,4)
	vmovups	%ymm2, (%rsi,%r8,4)
	subq	$-128, %r8
	cmpq	$1024, %r8
	jne	.LBB0_2
	incq	%rdi
	addq	$4096, %rsi
	addq	$4096, %rdx
	cmpq	$16, %rdi
	jne	.LBB0_1
	xorl	%eax, %eax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end0:
	.size	broadcast_multiply_fusion, .Lfunc_end0-broadcast_multiply_fusion
	.cfi_endproc

	.section	".note.GNU-stack","",@progbits
