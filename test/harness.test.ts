// The test harness itself: a failing check must fail fast and say what it saw.
import { expect } from '@open-wc/testing';

describe('test harness', () => {
  it('fails a DOM equality at once, naming both elements (it used to hang the file)', () => {
    const input = document.createElement('input');
    input.id = 'answer';
    input.name = 'frequency';
    document.body.append(input);
    try {
      expect(() => expect(document.body).to.equal(input)).to.throw('expected <body> to be <input#answer[name=frequency]>');
      expect(() => expect(input).to.not.equal(input, 'focus')).to.throw('focus: expected <input#answer[name=frequency]> not to be <input#answer');
      expect(input).to.equal(input);
      expect({ a: 1 }).to.not.equal({ a: 1 });
    } finally {
      input.remove();
    }
  });
});

describe('test harness: fixtures', () => {
  it('are removed after each test (open-wc registers its clean-up)', async () => {
    const { fixture, html } = await import('@open-wc/testing');
    await fixture(html`<p class="harness-fixture">left behind?</p>`);
    expect(document.querySelectorAll('.harness-fixture').length).to.equal(1);
  });

  it('leaves nothing from the test before', () => {
    expect(document.querySelectorAll('.harness-fixture').length).to.equal(0);
  });
});
