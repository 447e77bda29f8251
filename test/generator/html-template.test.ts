/**
 * The `html` tag and `join`, which every section of the rendered page is built with: user text is escaped wherever
 * it stands, markup is kept as it is, and lists come out whole and in order, however deeply they nest.
 */
import { describe, expect, test } from 'vitest';
import { html, join, trusted } from '../../packages/language/src/html/escape.js';

describe('the html tag', () => {
    test('escapes text and keeps markup, in lists too', () => {
        const name = 'Tom & "Jerry" <b>';
        const out = html`<p title="${name}">${[name, html`<i>${name}</i>`, [name]]}</p>`;
        expect(String(out)).toBe(
            '<p title="Tom &amp; &quot;Jerry&quot; &lt;b&gt;">Tom &amp; &quot;Jerry&quot; &lt;b&gt;'
            + '<i>Tom &amp; &quot;Jerry&quot; &lt;b&gt;</i>Tom &amp; &quot;Jerry&quot; &lt;b&gt;</p>');
    });

    test('writes numbers, and nothing for empty values', () => {
        expect(String(html`${0}|${12.5}|${null}|${undefined}|${false}|${true}|${''}|${[]}`)).toBe('0|12.5||||||');
    });

    test('keeps a long nested list whole and in order', () => {
        const rows = Array.from({ length: 2000 }, (_, i) => html`<tr><td>${i}</td><td>${[String(i), [html`<b>${i % 7}</b>`]]}</td></tr>`);
        const out = String(html`<table>${[rows, rows.slice(0, 3)]}</table>`);
        const expected = (i: number) => `<tr><td>${i}</td><td>${i}<b>${i % 7}</b></td></tr>`;
        expect(out).toBe(`<table>${Array.from({ length: 2000 }, (_, i) => expected(i)).join('')}${expected(0)}${expected(1)}${expected(2)}</table>`);
    });
});

describe('join', () => {
    test('puts the separator only between parts that are not empty', () => {
        expect(String(join(['', 'a', null, html`<b>b</b>`, '', [], 'c & d', undefined], ', '))).toBe('a, <b>b</b>, c &amp; d');
    });

    test('escapes a text separator and keeps a markup one', () => {
        expect(String(join(['a', 'b'], '<'))).toBe('a&lt;b');
        expect(String(join(['a', 'b'], trusted('<hr>')))).toBe('a<hr>b');
    });

    test('is empty when every part is', () => {
        expect(String(join(['', null, []], ', '))).toBe('');
        expect(String(join([], ', '))).toBe('');
    });
});
