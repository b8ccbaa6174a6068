	.file	"__compute_module_broadcast_divide_fusion_kernel_module"
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI0_0:
	.long	0x3f800000
	.section	.ltext,"axl",@progbits
	.globl	broadcast_divide_fusion
	.p2align	4
	.type	broadcast_divide_fusion,@function
broadcast_divide_fusion:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movabsq	$.LCPI0_0, %rdx
	movq	24(%rdi), %rcx
	movl	$224, %eax
	vbroadcastss	(%rdx), %ymm0
	xorl	%edx, %edx
	addq	(%rcx), %rax
	xorl	%ecx, %ecx
	.p2align	4
.LBB0_1:
	addq	%rax, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB0_2:
	vdivps	-224(%rdx,%rsi), %ymm0, %ymm1
	vdivps	-192(%rdx,%rsi), %ymm0, %ymm2
	vdivps	-160(%rdx,%rsi), %ymm0, %ymm3
	vdivps	-128(%rdx,%rsi), %ymm0, %ymm4
	vmovups	%ymm1, -224(%rdx,%rsi)
	vmovups	%ymm2, -192(%rdx,%rsi)
	vmovups	%ymm3, -160(%rdx,%rsi)
	vmovups	%ymm4, -128(%rdx,%rsi)
	vdivps	-96(%rdx,%rsi), %ymm0, %ymm1
	vdivps	-64(%rdx,%rsi), %ymm0, %ymm2
	vdivps	-32(%rdx,%rsi), %ymm0, %ymm3
	vdivps	(%rdx,%rsi), %ymm0, %ymm4
	vmovups	%ymm1, -96(%rdx,%rsi)
	vmovups	%ymm2, -64(%rdx,%rsi)
	vmovups	%ymm3, -32(%rdx,%rsi)
	vmovups	%ymm4, (%rdx,%rsi)
	addq	$256, %rsi
	cmpq	$1024, %rsi
	jne	.LBB0_2
	movl	$1024, %edx
	testb	$1, %cl
	movb	$1, %cl
	je	.LBB0_1
	xorl	%eax, %eax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end0:
	.size	broadcast_divide_fusion, .Lfunc_end0-broadcast_divide_fusion
	.cfi_endproc

	.section	".note.GNU-stack","",@progbits
