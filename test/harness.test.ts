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
