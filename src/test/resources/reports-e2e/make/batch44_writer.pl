#!/usr/bin/perl
# Batch 44's InDesign-like writer in core Perl (no PDF module): reads the page model written by batch44_render.py and
# writes every text frame (element) as its own Form XObject placed from the page content with 'q 1 0 0 1 0 0 cm /Xn Do Q'
# inside a marked-content sequence; the page content stream holds no text itself. Tagged: every structure element
# /Span (model tag) under /Document, MCID per frame, ParentTree. Test-fixture tooling only: every report is invented.
use strict; use warnings; use JSON::PP;
my ($src, $out) = @ARGV;
open my $fh, '<', $src or die; local $/; my $model = decode_json(<$fh>); close $fh;
my @objs;
sub alloc { push @objs, undef; return scalar @objs; }
sub set { my ($n, $b) = @_; $objs[$n - 1] = $b; }
my ($catalog, $pages, $root, $ptree, $doc, $info) = map { alloc() } 1 .. 6;
my %fref;
for my $name (sort keys %{$model->{fonts}}) {
  my $n = alloc();
  set($n, "<< /Type /Font /Subtype /Type1 /BaseFont /$model->{fonts}{$name} /Encoding /WinAnsiEncoding >>");
  $fref{$name} = $n;
}
my $fonts = '<< ' . join(' ', map { "/$_ $fref{$_} 0 R" } sort keys %fref) . ' >>';
my (@pagerefs, @dockids, @nums);
my $tag = $model->{tag};
my $i = 0;
for my $p (@{$model->{pages}}) {
  my $page = alloc(); my $content = alloc();
  push @pagerefs, $page;
  my $stream = "/Artifact <</Type /Pagination>> BDC\n$p->{artifact}\nEMC\n";
  my (@refs, $xobjs);
  $xobjs = '';
  my $mcid = 0;
  for my $e (@{$p->{elems}}) {
    my $x = alloc();
    my $ops = $e->{ops};
    set($x, "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font $fonts >> /Length "
        . length($ops) . " >>\nstream\n$ops\nendstream");
    $xobjs .= "/X$x $x 0 R ";
    $stream .= "/$tag <</MCID $mcid>> BDC q 1 0 0 1 0 0 cm /X$x Do Q EMC\n";
    my $el = alloc();
    set($el, "<< /Type /StructElem /S /$tag /P $doc 0 R /Pg $page 0 R /K $mcid >>");
    push @refs, "$el 0 R"; push @dockids, "$el 0 R";
    $mcid++;
  }
  push @nums, "$i [" . join(' ', @refs) . "]";
  set($content, "<< /Length " . length($stream) . " >>\nstream\n$stream\nendstream");
  set($page, "<< /Type /Page /Parent $pages 0 R /MediaBox [0 0 595 842] /Contents $content 0 R "
      . "/Resources << /Font $fonts /XObject << $xobjs>> >> /StructParents $i >>");
  $i++;
}
set($catalog, "<< /Type /Catalog /Pages $pages 0 R /StructTreeRoot $root 0 R /MarkInfo << /Marked true >> >>");
set($pages, "<< /Type /Pages /Kids [" . join(' ', map { "$_ 0 R" } @pagerefs) . "] /Count " . scalar(@pagerefs) . " >>");
set($root, "<< /Type /StructTreeRoot /K $doc 0 R /ParentTree $ptree 0 R /ParentTreeNextKey $i >>");
set($ptree, "<< /Nums [" . join(' ', @nums) . "] >>");
set($doc, "<< /Type /StructElem /S /Document /P $root 0 R /K [" . join(' ', @dockids) . "] >>");
(my $title = $model->{title}) =~ s/([()\\])/\\$1/g;
set($info, "<< /Title ($title) /Creator (Adobe InDesign-like frames) /Producer (batch44_writer.pl on Perl $^V) >>");
my $pdf = "%PDF-1.6\n%\xe2\xe3\xcf\xd3\n";
my @off;
for my $n (1 .. @objs) { push @off, length($pdf); $pdf .= "$n 0 obj\n$objs[$n-1]\nendobj\n"; }
my $xref = length($pdf);
$pdf .= "xref\n0 " . (@objs + 1) . "\n0000000000 65535 f \n" . join('', map { sprintf("%010d 00000 n \n", $_) } @off);
$pdf .= "trailer\n<< /Size " . (@objs + 1) . " /Root $catalog 0 R /Info $info 0 R >>\nstartxref\n$xref\n%%EOF\n";
open my $o, '>:raw', $out or die; print $o $pdf; close $o;
