import { describe, expect, it } from 'vitest';
import { datelineLength, isBoilerplate } from '../../../src/core/summary/boilerplate';

describe('isBoilerplate', () => {
  it.each([
    'This is a breaking story.',
    'This is a developing story. Check back for updates.',
    'Check back for updates.',
    'Stay informed!',
    'Receive breaking news blasts directly to your inbox for free.',
    'Subscribe here. https://www.oann.com/alerts',
    'Share this post!',
    'Share on Facebook',
    'Advertisement',
    'ADVERTISEMENT',
    'date 2024-02-02 (Photo by South Korean Defense Ministry via Getty Images)',
    '(Photo by Chip Somodevilla/Getty Images)',
    'OAN’s Sophia Flores',
    'By Jane Doe and John Roe',
    '3:34 PM –Friday, February 2, 2024',
    'Updated: 10:15 a.m. ET, Mon March 4, 2024',
    'Published March 4, 2024',
    "Cnn's kevin conlon contributed to this report.",
    'Additional reporting by Reuters.',
    'Scroll down for video.',
    'Sorry we are not currently accepting comments on this article.',
    'Click here for all the latest manchester united news.',
    'Read more: the full story of the strikes',
    'Sign up for our morning newsletter.',
    'Follow us on Twitter for the latest.',
    '© 2024 Example News. All rights reserved.',
    '',
    '   ',
  ])('flags %j', (s) => {
    expect(isBoilerplate(s)).toBe(true);
  });

  it.each([
    'The United States military has conducted operations against Iran backed militias in Iraq and Syria.',
    'These retaliatory strikes are in response to the killing of three American soldiers in Jordan last weekend.',
    '“We believe that the strikes were successful,” Kirby stated.',
    'Published reports said the deal would be signed on friday.',
    'By the end of the day, more than 40 people had been rescued.',
    'Subscribers to the service will pay $10 a month from june.',
    'The newspaper said it had shared the documents with police.',
    'Updated figures show unemployment fell to 3.9 per cent in march.',
  ])('keeps %j', (s) => {
    expect(isBoilerplate(s)).toBe(false);
  });
});

describe('datelineLength', () => {
  it('drops agency datelines', () => {
    const s = 'Washington (CNN) president barack obama says he is committed to the deal.';
    expect(s.slice(datelineLength(s))).toBe('president barack obama says he is committed to the deal.');
    const t = '(CNN) The american pharmacists association is discouraging its members.';
    expect(t.slice(datelineLength(t))).toBe('The american pharmacists association is discouraging its members.');
    const u = 'WASHINGTON — The Senate passed the bill late on Tuesday after a long debate.';
    expect(u.slice(datelineLength(u))).toBe('The Senate passed the bill late on Tuesday after a long debate.');
  });

  it('leaves ordinary sentences alone', () => {
    expect(datelineLength('The United States military has conducted operations in Iraq and Syria.')).toBe(0);
    expect(datelineLength('NATO — the alliance — met.')).toBe(0);
  });
});
