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
	movq	24(%rdi), %rax
	movabsq	$.LCPI0_0, %rcx
	vbroadcastss	(%rcx), %ymm0
	movq	(%rax), %rax
	vdivps	(%rax), %ymm0, %ymm1
	vdivps	32(%rax), %ymm0, %ymm2
	vdivps	64(%rax), %ymm0, %ymm3
	vdivps	96(%rax), %ymm0, %ymm4
	vmovups	%ymm1, (%rax)
	vmovups	%ymm2, 32(%rax)
	vmovups	%ymm3, 64(%rax)
	vmovups	%ymm4, 96(%rax)
	vdivps	128(%rax), %ymm0, %ymm1
	vdivps	160(%rax), %ymm0, %ymm2
	vdivps	192(%rax), %ymm0, %ymm3
	vdivps	224(%rax), %ymm0, %ymm0
	vmovups	%ymm1, 128(%rax)
	vmovups	%ymm2, 160(%rax)
	vmovups	%ymm3, 192(%rax)
	vmovups	%ymm0, 224(%rax)
	xorl	%eax, %eax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end0:
	.size	broadcast_divide_fusion, .Lfunc_end0-broadcast_divide_fusion
	.cfi_endproc

	.section	".note.GNU-stack","",@progbits
