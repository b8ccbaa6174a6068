	.file	"__compute_module_transpose_copy_fusion.1_kernel_module"
	.section	.ltext,"axl",@progbits
	.globl	transpose_copy_fusion.1
	.p2align	4
	.type	transpose_copy_fusion.1,@function
transpose_copy_fusion.1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	.cfi_offset %rbx, -24
	movq	24(%rdi), %rsi
	movl	$224, %eax
	movl	$256, %ecx
	movl	$48640, %edx
	xorl	%edi, %edi
	addq	32(%rsi), %rax
	addq	(%rsi), %rcx
	addq	16(%rsi), %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB0_1:
	leaq	(%rdi,%rdi,2), %r8
	shlq	$14, %rdi
	movq	%rcx, %r9
	xorl	%r10d, %r10d
	addq	%rax, %rdi
	shlq	$14, %r8
	addq	%rdx, %r8
	.p2align	4
.LBB0_2:
	movq	%rdi, %r11
	xorl	%ebx, %ebx
	.p2align	4
.LBB0_3:
	vmovss	-45312(%r8,%rbx,4), %xmm1
	vmovss	-48384(%r8,%rbx,4), %xmm2
	vbroadcastss	(%r9,%rbx,4), %ymm0
	vinsertps	$16, -44544(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$16, -47616(%r8,%rbx,4), %xmm2, %xmm2
	vinsertps	$32, -43776(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$32, -46848(%r8,%rbx,4), %xmm2, %xmm2
	vinsertps	$48, -43008(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$48, -46080(%r8,%rbx,4), %xmm2, %xmm2
	vinsertf128	$1, %xmm1, %ymm2, %ymm1
	vaddps	%ymm1, %ymm0, %ymm1
	vmovups	%ymm1, -224(%r11)
	vmovss	-39168(%r8,%rbx,4), %xmm1
	vmovss	-42240(%r8,%rbx,4), %xmm2
	vinsertps	$16, -38400(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$16, -41472(%r8,%rbx,4), %xmm2, %xmm2
	vinsertps	$32, -37632(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$32, -40704(%r8,%rbx,4), %xmm2, %xmm2
	vinsertps	$48, -36864(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$48, -39936(%r8,%rbx,4), %xmm2, %xmm2
	vinsertf128	$1, %xmm1, %ymm2, %ymm1
	vaddps	%ymm1, %ymm0, %ymm1
	vmovups	%ymm1, -192(%r11)
	vmovss	-33024(%r8,%rbx,4), %xmm1
	vmovss	-36096(%r8,%rbx,4), %xmm2
	vinsertps	$16, -32256(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$16, -35328(%r8,%rbx,4), %xmm2, %xmm2
	vinsertps	$32, -31488(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$32, -34560(%r8,%rbx,4), %xmm2, %xmm2
	vinsertps	$48, -30720(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$48, -33792(%r8,%rbx,4), %xmm2, %xmm2
	vinsertf128	$1, %xmm1, %ymm2, %ymm1
	vaddps	%ymm1, %ymm0, %ymm1
	vmovups	%ymm1, -160(%r11)
	vmovss	-26880(%r8,%rbx,4), %xmm1
	vmovss	-29952(%r8,%rbx,4), %xmm2
	vinsertps	$16, -26112(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$16, -29184(%r8,%rbx,4), %xmm2, %xmm2
	vinsertps	$32, -25344(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$32, -28416(%r8,%rbx,4), %xmm2, %xmm2
	vinsertps	$48, -24576(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$48, -27648(%r8,%rbx,4), %xmm2, %xmm2
	vinsertf128	$1, %xmm1, %ymm2, %ymm1
	vaddps	%ymm1, %ymm0, %ymm1
	vmovups	%ymm1, -128(%r11)
	vmovss	-20736(%r8,%rbx,4), %xmm1
	vmovss	-23808(%r8,%rbx,4), %xmm2
	vinsertps	$16, -19968(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$16, -23040(%r8,%rbx,4), %xmm2, %xmm2
	vinsertps	$32, -19200(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$32, -22272(%r8,%rbx,4), %xmm2, %xmm2
	vinsertps	$48, -18432(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$48, -21504(%r8,%rbx,4), %xmm2, %xmm2
	vinsertf128	$1, %xmm1, %ymm2, %ymm1
	vaddps	%ymm1, %ymm0, %ymm1
	vmovups	%ymm1, -96(%r11)
	vmovss	-14592(%r8,%rbx,4), %xmm1
	vmovss	-17664(%r8,%rbx,4), %xmm2
	vinsertps	$16, -13824(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$16, -16896(%r8,%rbx,4), %xmm2, %xmm2
	vinsertps	$32, -13056(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$32, -16128(%r8,%rbx,4), %xmm2, %xmm2
	vinsertps	$48, -12288(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$48, -15360(%r8,%rbx,4), %xmm2, %xmm2
	vinsertf128	$1, %xmm1, %ymm2, %ymm1
	vaddps	%ymm1, %ymm0, %ymm1
	vmovups	%ymm1, -64(%r11)
	vmovss	-8448(%r8,%rbx,4), %xmm1
	vmovss	-11520(%r8,%rbx,4), %xmm2
	vinsertps	$16, -7680(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$16, -10752(%r8,%rbx,4), %xmm2, %xmm2
	vinsertps	$32, -6912(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$32, -9984(%r8,%rbx,4), %xmm2, %xmm2
	vinsertps	$48, -6144(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$48, -9216(%r8,%rbx,4), %xmm2, %xmm2
	vinsertf128	$1, %xmm1, %ymm2, %ymm1
	vaddps	%ymm1, %ymm0, %ymm1
	vmovups	%ymm1, -32(%r11)
	vmovss	-2304(%r8,%rbx,4), %xmm1
	vmovss	-5376(%r8,%rbx,4), %xmm2
	vinsertps	$16, -1536(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$16, -4608(%r8,%rbx,4), %xmm2, %xmm2
	vinsertps	$32, -768(%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$32, -3840(%r8,%rbx,4), %xmm2, %xmm2
	vinsertps	$48, (%r8,%rbx,4), %xmm1, %xmm1
	vinsertps	$48, -3072(%r8,%rbx,4), %xmm2, %xmm2
	incq	%rbx
	vinsertf128	$1, %xmm1, %ymm2, %ymm1
	vaddps	%ymm1, %ymm0, %ymm0
	vmovups	%ymm0, (%r11)
	addq	$256, %r11
	cmpq	$16, %rbx
	jne	.LBB0_3
	incq	%r10
	addq	$4096, %rdi
	addq	$64, %r9
	addq	$64, %r8
	cmpq	$4, %r10
	jne	.LBB0_2
	movl	$1, %edi
	testb	$1, %sil
	movb	$1, %sil
	je	.LBB0_1
	xorl	%eax, %eax
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end0:
	.size	transpose_copy_fusion.1, .Lfunc_end0-transpose_copy_fusion.1
	.cfi_endproc

	.section	".note.GNU-stack","",@progbits
